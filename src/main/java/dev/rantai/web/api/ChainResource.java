package dev.rantai.web.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.rantai.web.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/** The chain as a whole: its summary and a full verification. */
@Path("/api/chain")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chain")
public class ChainResource {
    private final ChainQueries queries;
    private final NetworkQueries network;

    ChainResource(ChainQueries queries, NetworkQueries network) {
        this.queries = queries;
        this.network = network;
    }

    @GET
    @Path("/timings")
    @Blocking // one keyed range read
    @Operation(summary = "Block interval, mining and propagation times of the newest blocks", description = "For each of the newest canonical blocks, oldest first: the time since the block before"
            + " it, and for a block mined here the time from its timestamp to its commit, for one from a peer the"
            + " time from its timestamp to its storing here. The dashboard's charts plot these.")
    @APIResponse(responseCode = "200", description = "The newest blocks' timings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ChartPoint.class), examples = @ExampleObject(name = "two blocks", value = ApiExamples.CHART)))
    @APIResponse(responseCode = "400", description = "blocks out of range or not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ChartPoint> timings(
            @Parameter(description = "How many of the newest blocks, 1..1000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200")) @QueryParam("blocks") String blocks,
            @Context UriInfo uri) {
        return network.chart(PagingParameters.query(uri, "blocks"));
    }

    @GET
    @NonBlocking // the tip and the genesis are in memory
    @Operation(summary = "The chain at a glance", description = "The network identity (genesis hash), the genesis block, the tip, its height and the"
            + " total work as a decimal string.")
    @APIResponse(responseCode = "200", description = "The chain", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainSummary.class), examples = @ExampleObject(name = "chain", value = ApiExamples.CHAIN)))
    public ChainSummary chain() {
        return queries.summary();
    }

    @GET
    @Path("/verify")
    @Blocking // reads every canonical block from the store
    @Operation(summary = "Verify the whole canonical chain", description = "Re-checks every canonical block from the genesis to the tip against every rule and"
            + " against its parent. Reads the whole chain: seconds for a long one. A broken chain is"
            + " reported with valid=false and status 200: the report is the answer.")
    @APIResponse(responseCode = "200", description = "The verification report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class), examples = {
            @ExampleObject(name = "valid", value = ApiExamples.VERIFIED),
            @ExampleObject(name = "broken", value = ApiExamples.BROKEN) }))
    @APIResponse(responseCode = "500", description = "The store could not be read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify() {
        return queries.verify();
    }
}
