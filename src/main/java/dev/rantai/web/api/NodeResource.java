package dev.rantai.web.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.rantai.chain.ChainService;
import dev.rantai.node.P2pService;
import dev.rantai.p2p.NodeInfo;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.P2pStatus;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/** Who this node is: id, network, addresses, agent, uptime, and how it stands among its peers. */
@Path("/api/node")
@Produces(MediaType.APPLICATION_JSON)
public class NodeResource {

    /** The body of {@code GET /api/node}. */
    public record NodeJson(String nodeId, String network, String agent, int protocolVersion, List<String> addresses,
            Instant startedAt, long uptimeSeconds, long height, String tip, int peers, long bestPeerHeight, long blocksBehind) {
    }

    private final P2pService p2p;
    private final ChainService chain;

    NodeResource(P2pService p2p, ChainService chain) {
        this.p2p = p2p;
        this.chain = chain;
    }

    @GET
    public Response node() {
        P2pNode node = p2p.node()
                .orElseThrow(() -> new ProblemException(ProblemType.P2P_UNAVAILABLE, PeerResource.P2P_DISABLED));
        NodeInfo info = node.info();
        P2pStatus status = node.status();
        return Response.ok(new NodeJson(info.nodeId(), info.network(), info.agent(), info.protocolVersion(),
                info.addresses(), info.startedAt(), info.uptime().toSeconds(), chain.tip().height(),
                chain.tip().hash(), status.peers(), status.bestPeerHeight(), status.blocksBehind())).build();
    }
}
