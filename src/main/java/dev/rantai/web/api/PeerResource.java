package dev.rantai.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerView;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/** The node's peers: list them, add one, remove one. */
@Path("/api/peers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peers")
public class PeerResource {

    /** One peer as the API shows it; absent values are null. */
    @Schema(name = "Peer", description = "One peer: an address this node dials, a node connected to it, or a banned address")
    public record PeerJson(
            @Schema(description = "host:port where the peer listens ([::1]:3001 for IPv6), or its IP for a ban by host", examples = "127.0.0.1:3001") String address,
            @Schema(description = "What the connection is doing", enumeration = {
                    "connecting", "connected",
                    "backing-off", "banned", "self" }) String state,
            @Schema(description = "Who opened the connection, null while there is none", enumeration = { "inbound",
                    "outbound" }, nullable = true) String direction,
            @Schema(description = "The id from its hello, 32 hex digits, null before the handshake", nullable = true) String nodeId,
            @Schema(description = "Whether the address is configured or added, so the node keeps dialling it") boolean configured,
            @Schema(description = "The highest block the peer is known to hold") long remoteHeight,
            @Schema(description = "When the peer last sent anything", nullable = true) Instant lastSeen,
            @Schema(description = "Round-trip time of the last answered ping, ms; null before one was answered", nullable = true) Long rttMillis,
            @Schema(description = "The software the peer says it runs", nullable = true) String agent,
            @Schema(description = "Why the address is refused, while it is", nullable = true) String banReason,
            @Schema(description = "Until when it is refused", nullable = true) Instant bannedUntil,
            @Schema(description = "When the node dials it again, while backing off", nullable = true) Instant nextAttempt){
        static PeerJson of(PeerView v) {
            return new PeerJson(v.address(), v.state().id(), v.direction().orElse(null), v.nodeId().orElse(null),
                    v.configured(), v.remoteHeight(), v.lastSeen().orElse(null),
                    v.rttMillis() < 0 ? null : v.rttMillis(), v.agent().orElse(null), v.banReason().orElse(null),
                    v.bannedUntil().orElse(null), v.nextAttempt().orElse(null));
        }
    }

    /** Body of {@code POST /api/peers}, and of its answer. */
    @Schema(name = "PeerAddress", additionalProperties = Schema.False.class)
    public record AddPeer(
            @Schema(required = true, description = "host:port; an IPv6 host in brackets", examples = "127.0.0.1:3001") String address) {
    }

    private static final String ADD_EXAMPLE = "{\"address\":\"127.0.0.1:3001\"}";

    private final PeerChanges changes;
    private final StrictJsonBody json;

    PeerResource(PeerChanges changes, ObjectMapper mapper) {
        this.changes = changes;
        this.json = new StrictJsonBody(mapper);
    }

    @GET
    @Operation(summary = "The peers", description = "Every address this node dials (configured or added), every other node connected"
            + " to it, and every banned address, with state, direction, height, round-trip time and ban.")
    @APIResponse(responseCode = "200", description = "The peers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PeerJson.class), examples = @ExampleObject(name = "two peers", value = ApiExamples.PEERS)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public CompletionStage<List<PeerJson>> list() {
        return changes.runningNode().peers().thenApply(views -> views.stream().map(PeerJson::of).toList());
    }

    @POST
    @SecurityRequirement(name = ApiDocument.TOKEN)
    @Operation(summary = "Add a peer", description = "The node dials the address from now on and keeps dialling it, like a configured"
            + " peer. Accepted at once: GET /api/peers shows the connection as it comes up.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddPeer.class), examples = @ExampleObject(name = "address", value = ApiExamples.ADD_PEER)))
    @APIResponse(responseCode = "202", description = "The peer is kept and being dialled", headers = @Header(name = "Location", description = "/api/peers/{address}, the address percent-encoded", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddPeer.class), examples = @ExampleObject(name = "address", value = ApiExamples.ADD_PEER)))
    @APIResponse(responseCode = "400", description = "Not host:port, or a body that is not {\"address\":...}", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad address", value = ApiExamples.BAD_PEER)))
    @APIResponse(responseCode = "401", description = "The node has an API token and the request did not carry it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = ApiExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Sent by a browser page of another site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "cross-site", value = ApiExamples.CROSS_ORIGIN)))
    @APIResponse(responseCode = "409", description = "The node already keeps as many added peers as it allows (peer-limit)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json, or sent with a Content-Encoding (the answer carries Accept-Encoding: identity)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public CompletionStage<Response> add(byte[] body, HttpHeaders headers) {
        StrictJsonBody.requireNoContentCoding(headers.getHeaderString(HttpHeaders.CONTENT_ENCODING), "POST /api/peers");
        StrictJsonBody.requireType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), "POST /api/peers", "application/json ("
                + ADD_EXAMPLE + ")", MediaType.APPLICATION_JSON_TYPE);
        String text;
        try {
            text = SubmissionReader.decodeUtf8(body);
        } catch (ProblemException notUtf8) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The body is not valid UTF-8. Send " + ADD_EXAMPLE + ".");
        }
        return changes.add(json.stringField(text, "address", ADD_EXAMPLE))
                .thenApply(address -> Response.accepted(new AddPeer(address.toString()))
                        .header(HttpHeaders.LOCATION, location(address)).build());
    }

    @DELETE
    @Path("{address}")
    @SecurityRequirement(name = ApiDocument.TOKEN)
    @Operation(summary = "Remove a peer", description = "Forgets the address and closes its connection.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Not host:port", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad address", value = ApiExamples.BAD_PEER)))
    @APIResponse(responseCode = "401", description = "The node has an API token and the request did not carry it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = ApiExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Sent by a browser page of another site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "cross-site", value = ApiExamples.CROSS_ORIGIN)))
    @APIResponse(responseCode = "404", description = "Not an address this node dials", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiExamples.PEER_NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public CompletionStage<Response> remove(
            @Parameter(description = "host:port as GET /api/peers lists it; percent-encode an IPv6 host's brackets and colons, as the Location of POST does", example = "127.0.0.1:3001") @PathParam("address") String text) {
        return changes.remove(text).thenApply(address -> Response.noContent().build());
    }

    @DELETE
    @Path("{address}/ban")
    @SecurityRequirement(name = ApiDocument.TOKEN)
    @Operation(summary = "Lift a ban", description = "Lifts the ban of an IP before it ends: give the IP alone to lift"
            + " the bans of all its ports, or host:port as GET /api/peers lists a ban of one address. An address this"
            + " node dials that waited out the ban is dialed again at once. The lifting is logged.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "400", description = "Not an IP or IP:port (a DNS name cannot be banned: bans are by IP)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "a name", value = ApiExamples.BAD_BAN)))
    @APIResponse(responseCode = "401", description = "The node has an API token and the request did not carry it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = ApiExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Sent by a browser page of another site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "cross-site", value = ApiExamples.CROSS_ORIGIN)))
    @APIResponse(responseCode = "404", description = "No ban on it is in force (ban-not-found)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no ban", value = ApiExamples.BAN_NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public CompletionStage<Response> liftBan(
            @Parameter(description = "The banned IP (192.0.2.7, ::1) or host:port as GET /api/peers lists the ban;"
                    + " percent-encode an IPv6 host's brackets and colons", example = "192.0.2.7") @PathParam("address") String text) {
        return changes.liftBan(text).thenApply(lifted -> Response.noContent().build());
    }

    /** The peer's path, with what a path segment cannot hold raw (the brackets of IPv6) percent-encoded (RFC 3986). */
    static String location(PeerAddress address) {
        StringBuilder path = new StringBuilder("/api/peers/");
        for (byte b : address.toString().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                path.append(c);
            } else {
                path.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return path.toString();
    }
}
