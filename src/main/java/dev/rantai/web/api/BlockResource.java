package dev.rantai.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.rantai.chain.Block;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/** Blocks: pages of the canonical chain, one block by height or hash, and new blocks from data. */
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

    @POST
    @SecurityRequirement(name = ApiDocument.TOKEN)
    // Any Content-Type reaches the method: SubmissionReader refuses all but JSON and text with the API's
    // own 415, counted in rantai_submissions_rejected_total like every other refusal.
    @Operation(summary = "Mine data into a new block on the tip", description = "Answers once the block is committed to the store: a 201 is a promise that the block is"
            + " kept. Data is 1..rantai.chain.max-data-bytes (default 65536) bytes of UTF-8; send it as"
            + " {\"data\":\"...\"} (the only field; any other field is refused) or as the raw text/plain"
            + " body, taken byte for byte (a trailing newline is part of the data).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmitRequest.class), examples = @ExampleObject(name = "json", value = ApiExamples.SUBMIT_JSON)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "text", value = ApiExamples.SUBMIT_TEXT)) })
    @APIResponse(responseCode = "201", description = "Mined and committed", headers = @Header(name = "Location", description = "/api/blocks/{hash}", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockView.class), examples = @ExampleObject(name = "block", value = ApiExamples.BLOCK)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no data field, data not a string, unknown field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "missing data", value = ApiExamples.MISSING_DATA),
            @ExampleObject(name = "malformed JSON", value = ApiExamples.MALFORMED) }))
    @APIResponse(responseCode = "401", description = "The node has an API token and the request did not carry it", headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = ApiExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Sent by a browser page of another site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "cross-site", value = ApiExamples.CROSS_ORIGIN)))
    @APIResponse(responseCode = "413", description = "Data larger than rantai.chain.max-data-bytes (rule"
            + " data-too-large)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too large", value = ApiExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/plain, not UTF-8, or sent with a Content-Encoding (the answer carries Accept-Encoding: identity)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "xml", value = ApiExamples.UNSUPPORTED)))
    @APIResponse(responseCode = "422", description = "Empty data (rule data-empty) or bytes that are not UTF-8"
            + " (rule data-not-utf8)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "empty", value = ApiExamples.EMPTY_DATA)))
    @APIResponse(responseCode = "503", description = "The node is stopping or too many submissions wait; see"
            + " Retry-After", headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "busy", value = ApiExamples.UNAVAILABLE)))
    public Uni<RestResponse<BlockView>> submit(byte[] body, HttpHeaders headers) {
        return submissions.submit(headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                headers.getHeaderString(HttpHeaders.CONTENT_ENCODING), body).map(BlockResource::created);
    }

    /** Location is a path, as every link of the API, so it holds behind any proxy. */
    private static RestResponse<BlockView> created(Block block) {
        return RestResponse.ResponseBuilder.<BlockView> create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/blocks/" + block.hash())
                .entity(BlockView.mined(block)).build();
    }
}
