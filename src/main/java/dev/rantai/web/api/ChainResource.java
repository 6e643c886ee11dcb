package dev.rantai.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    ChainResource(ChainQueries queries) {
        this.queries = queries;
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
