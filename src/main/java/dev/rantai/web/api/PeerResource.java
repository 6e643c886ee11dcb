package dev.rantai.web.api;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.rantai.node.P2pService;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerLimitException;
import dev.rantai.p2p.peer.PeerView;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/** The node's peers: list them, add one, remove one. */
@Path("/api/peers")
@Produces(MediaType.APPLICATION_JSON)
public class PeerResource {

    /** One peer as the API shows it; absent values are null. */
    public record PeerJson(String address, String state, String direction, String nodeId, boolean configured,
            long remoteHeight, Instant lastSeen, Long rttMillis, String agent, String banReason, Instant bannedUntil,
            Instant nextAttempt) {
        static PeerJson of(PeerView v) {
            return new PeerJson(v.address(), v.state().id(), v.direction().orElse(null), v.nodeId().orElse(null),
                    v.configured(), v.remoteHeight(), v.lastSeen().orElse(null),
                    v.rttMillis() < 0 ? null : v.rttMillis(), v.agent().orElse(null), v.banReason().orElse(null),
                    v.bannedUntil().orElse(null), v.nextAttempt().orElse(null));
        }
    }

    /** Body of {@code POST /api/peers}. */
    public record AddPeer(String address) {
    }

    private final P2pService p2p;

    PeerResource(P2pService p2p) {
        this.p2p = p2p;
    }

    @GET
    public CompletionStage<Response> list() {
        return runningNode().peers().thenApply(views -> {
            List<PeerJson> body = views.stream().map(PeerJson::of).toList();
            return Response.ok(body).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> add(AddPeer body) {
        String text = body == null ? null : body.address();
        return changePeer(text, (node, address) -> node.addPeer(address)
                .thenApply(v -> Response.accepted(new AddPeer(address.toString()))
                        .header(HttpHeaders.LOCATION, "/api/peers/" + address).build())
                .exceptionally(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
                    if (cause instanceof PeerLimitException limit) {
                        throw new ProblemException(ProblemType.PEER_LIMIT, limit.getMessage());
                    }
                    throw e instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(e);
                }));
    }

    @DELETE
    @Path("{address}")
    public CompletionStage<Response> remove(@PathParam("address") String text) {
        return changePeer(text, (node, address) -> node.removePeer(address).thenApply(removed -> {
            if (!removed) {
                throw new ProblemException(ProblemType.PEER_NOT_FOUND,
                        address + " is not a peer this node dials. GET /api/peers lists them.");
            }
            return Response.noContent().build();
        }));
    }

    /** The checks every change shares: a valid host:port and a running node. Writes need the API token (edge filter). */
    private CompletionStage<Response> changePeer(String text,
            BiFunction<P2pNode, PeerAddress, CompletionStage<Response>> change) {
        if (text == null) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, "Send {\"address\":\"host:port\"}.");
        }
        PeerAddress address;
        try {
            address = PeerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, e.getMessage());
        }
        return change.apply(runningNode(), address);
    }

    private P2pNode runningNode() {
        return p2p.node().orElseThrow(() -> new ProblemException(ProblemType.P2P_UNAVAILABLE, P2P_DISABLED));
    }

    static final String P2P_DISABLED = "This node runs without its peer-to-peer service (rantai.p2p.enabled=false,"
            + " or it is stopping).";
}
