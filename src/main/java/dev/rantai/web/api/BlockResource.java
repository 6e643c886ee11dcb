package dev.rantai.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * Blocks: pages of the canonical chain and one block by height or hash; new blocks from data are {@link BlockSubmitRoute}'s.
 */
@Path("/api/blocks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Blocks")
public class BlockResource {
    private final ChainQueries queries;
    private final BlockSubmissions submissions;
    private final NetworkQueries network;

    BlockResource(ChainQueries queries, BlockSubmissions submissions, NetworkQueries network) {
        this.queries = queries;
        this.submissions = submissions;
        this.network = network;
    }

    @GET
    @Path("/{id}/propagation")
    @io.smallrye.common.annotation.Blocking
    @Operation(summary = "How a block reached this node", description = "Mined here, the genesis, or from which peer first, when, how (announced or synced),"
            + " and when each other peer sent it. The node remembers the arrivals of its newest 4,096 blocks from peers.")
    @APIResponse(responseCode = "200", description = "The block's way here", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Propagation.class), examples = @ExampleObject(name = "from a peer", value = ApiExamples.PROPAGATION)))
    @APIResponse(responseCode = "400", description = "The id is neither a height nor a hash", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad id", value = ApiExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such block", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown height", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public Propagation propagation(
            @Parameter(description = "A height (digits) or a block hash (64 hex digits)", example = "3") @PathParam("id") String id) {
        return network.propagation(queries.stored(id).orElseThrow(() -> new ProblemException(
                ProblemType.BLOCK_NOT_FOUND, queries.notFound(id))));
    }

    @GET
    @Operation(summary = "Canonical blocks, newest first, one page at a time", description = "Follow 'next' (also sent as a Link header with rel=\"next\") for older blocks; it is null"
            + " on the page that ends with the genesis.")
    @APIResponse(responseCode = "200", description = "A page of blocks", headers = @Header(name = "Link", description = "<next page>; rel=\"next\", absent on the last page", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockPage.class), examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "limit or before out of range or not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit 0", value = ApiExamples.BAD_LIMIT)))
    public RestResponse<BlockPage> list(
            @Parameter(description = "Only blocks below this height (exclusive), at least 1; default: all", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"), example = "100") @QueryParam("before") String before,
            @Parameter(description = "Blocks per page, 1..500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20"), example = "20") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // Read from the raw query: the binding above turns an empty value into none, and empty is an error.
        BlockPage page = queries.page(PagingParameters.query(uri, "before"), PagingParameters.query(uri, "limit"));
        RestResponse.ResponseBuilder<BlockPage> response = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            response.header(HttpHeaders.LINK, "<" + page.next() + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One block, by height or by hash", description = "A height (digits) gives the canonical block there; a hash (64 hex digits) finds any"
            + " stored block, side branches too, and 'canonical' says which it is.")
    @APIResponse(responseCode = "200", description = "The block", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockView.class), examples = {
            @ExampleObject(name = "canonical", value = ApiExamples.BLOCK),
            @ExampleObject(name = "side branch", value = ApiExamples.SIDE_BLOCK) }))
    @APIResponse(responseCode = "400", description = "The id is neither a height nor a hash", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad id", value = ApiExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such block", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown height", value = ApiExamples.NOT_FOUND)))
    public BlockView block(
            @Parameter(description = "A height (digits) or a block hash (64 hex digits)", example = "3") @PathParam("id") String id) {
        return queries.find(id).orElseThrow(() -> new ProblemException(ProblemType.BLOCK_NOT_FOUND,
                queries.notFound(id)));
    }
}
