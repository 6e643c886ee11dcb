package dev.rantai.web.api;

import dev.rantai.config.RantaiConfig;
import dev.rantai.node.P2pService;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

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
    private final RantaiConfig config;

    PeerResource(P2pService p2p, RantaiConfig config) {
        this.p2p = p2p;
        this.config = config;
    }

    @GET
    public CompletionStage<Response> list() {
        Optional<P2pNode> node = p2p.node();
        if (node.isEmpty()) {
            return CompletableFuture.completedFuture(P2pProblems.p2pDisabled());
        }
        return node.get().peers().thenApply(views -> {
            List<PeerJson> body = views.stream().map(PeerJson::of).toList();
            return Response.ok(body).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> add(AddPeer body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String text = body == null ? null : body.address();
        return changePeer(authorization, text, (node, address) -> node.addPeer(address)
                .thenApply(v -> Response.accepted(new AddPeer(address.toString()))
                        .header(HttpHeaders.LOCATION, "/api/peers/" + address).build()));
    }

    @DELETE
    @Path("{address}")
    public CompletionStage<Response> remove(@PathParam("address") String text,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return changePeer(authorization, text, (node, address) -> node.removePeer(address)
                .thenApply(removed -> removed ? Response.noContent().build()
                        : P2pProblems.problem(Response.Status.NOT_FOUND, "peer-not-found", "No such peer",
                                address + " is not a peer this node dials. GET /api/peers lists them.")));
    }

    /** The checks every change shares: the token, a valid host:port, a running node. */
    private CompletionStage<Response> changePeer(String authorization, String text,
            BiFunction<P2pNode, PeerAddress, CompletionStage<Response>> change) {
        Optional<Response> refused = authorize(authorization);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused.get());
        }
        if (text == null) {
            return CompletableFuture.completedFuture(P2pProblems.problem(Response.Status.BAD_REQUEST,
                    "invalid-peer-address", "Invalid peer address", "Send {\"address\":\"host:port\"}."));
        }
        PeerAddress address;
        try {
            address = PeerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(P2pProblems.problem(Response.Status.BAD_REQUEST,
                    "invalid-peer-address", "Invalid peer address", e.getMessage()));
        }
        Optional<P2pNode> node = p2p.node();
        if (node.isEmpty()) {
            return CompletableFuture.completedFuture(P2pProblems.p2pDisabled());
        }
        return change.apply(node.get(), address);
    }

    private Optional<Response> authorize(String authorization) {
        Optional<String> token = config.api().token().filter(t -> !t.isBlank());
        if (token.isEmpty() || ("Bearer " + token.get()).equals(authorization)) {
            return Optional.empty();
        }
        return Optional.of(P2pProblems.problem(Response.Status.UNAUTHORIZED, "unauthorized", "Token required",
                "Changing the peers needs the header Authorization: Bearer <rantai.api.token>."));
    }
}
