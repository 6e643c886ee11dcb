package dev.rantai.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The network as this node sees it: the map, the messages, the traffic. */
@Path("/api/network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class NetworkResource {
    private final NetworkQueries queries;

    NetworkResource(NetworkQueries queries) {
        this.queries = queries;
    }

    @GET
    @Blocking
    @Operation(summary = "The network map", description = "This node, its peers (state, direction, height, how far behind, round trip) and the"
            + " addresses each peer reported in its last peers answer, as nodes and links.")
    @APIResponse(responseCode = "200", description = "The map", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkMap.class), examples = @ExampleObject(name = "three nodes", value = ApiExamples.MAP)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public NetworkMap map() {
        return queries.map();
    }

    @GET
    @Path("/messages")
    @Operation(summary = "The newest P2P messages, decoded", description = "Messages this node sent and received, oldest first, each with a short summary of its"
            + " content (a blocks answer gives its range). Read in windows of at least 500 ms shared by all readers,"
            + " each keeping the newest 10 messages of each direction and type; left counts the messages after"
            + " `after` that the answer leaves out. Ask with after=last of the previous answer for the newer ones.")
    @APIResponse(responseCode = "200", description = "Messages", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessagePage.class), examples = @ExampleObject(name = "messages", value = ApiExamples.MESSAGES)))
    @APIResponse(responseCode = "400", description = "after or limit out of range or not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public Response messages(
            @Parameter(description = "Only messages with a larger seq; default 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("after") String after,
            @Parameter(description = "Messages at most (the newest), 1..500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return json(queries.messages(PagingParameters.query(uri, "after"), PagingParameters.query(uri, "limit")));
    }

    @GET
    @Path("/traffic")
    @Operation(summary = "Messages and bytes per second, by type", description = "The last seconds of traffic (up to 600), oldest first, each with the messages and bytes"
            + " of every direction and type it saw; a second without traffic has no counts.")
    @APIResponse(responseCode = "200", description = "Seconds of traffic", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TrafficSecond.class), examples = @ExampleObject(name = "two seconds", value = ApiExamples.TRAFFIC)))
    @APIResponse(responseCode = "400", description = "seconds out of range or not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public Response traffic(
            @Parameter(description = "How many of the last seconds, 1..600", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "600", defaultValue = "300")) @QueryParam("seconds") String seconds,
            @Context UriInfo uri) {
        return json(queries.traffic(PagingParameters.query(uri, "seconds")));
    }

    /** An answer serialised once for many readers, sent as it is. */
    private static Response json(byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
