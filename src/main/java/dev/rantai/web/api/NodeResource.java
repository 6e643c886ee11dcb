package dev.rantai.web.api;

import java.time.Instant;
import java.util.List;

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

import dev.rantai.chain.ChainService;
import dev.rantai.p2p.NodeInfo;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.P2pStatus;
import dev.rantai.web.problem.Problem;

/** Who this node is: id, network, addresses, agent, uptime, and how it stands among its peers. */
@Path("/api/node")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node")
public class NodeResource {

    /** The body of {@code GET /api/node}. */
    @Schema(name = "Node", description = "This node on the network")
    public record NodeJson(
            @Schema(description = "This node's id, 32 hex digits, as its hello says") String nodeId,
            @Schema(description = "The genesis hash: nodes with the same one are on one network") String network,
            @Schema(description = "The software and its version, as its hello says", examples = "rantai/0.1.0") String agent,
            @Schema(description = "The P2P protocol version it speaks") int protocolVersion,
            @Schema(description = "host:port where it listens for peers: the bound address, then the advertised one if set") List<String> addresses,
            @Schema(description = "When the P2P service started") Instant startedAt,
            @Schema(description = "Seconds since then") long uptimeSeconds,
            @Schema(description = "Height of its canonical tip") long height,
            @Schema(description = "Hash of its canonical tip") String tip,
            @Schema(description = "Connected peers (handshake done)") int peers,
            @Schema(description = "The highest height a connected peer is known to hold, 0 without peers") long bestPeerHeight,
            @Schema(description = "How many blocks the best peer is ahead, 0 when none is") long blocksBehind) {
    }

    private final PeerChanges peers;
    private final ChainService chain;

    NodeResource(PeerChanges peers, ChainService chain) {
        this.peers = peers;
        this.chain = chain;
    }

    @GET
    @Operation(summary = "This node", description = "Its id, network, agent, P2P addresses, uptime, tip, and how far it is behind its best"
            + " peer.")
    @APIResponse(responseCode = "200", description = "This node", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeJson.class), examples = @ExampleObject(name = "node", value = ApiExamples.NODE)))
    @APIResponse(responseCode = "503", description = "The node runs without P2P or is stopping", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no P2P", value = ApiExamples.NO_P2P)))
    public NodeJson node() {
        P2pNode node = peers.runningNode();
        NodeInfo info = node.info();
        P2pStatus status = node.status();
        return new NodeJson(info.nodeId(), info.network(), info.agent(), info.protocolVersion(), info.addresses(),
                info.startedAt(), info.uptime().toSeconds(), chain.tip().height(), chain.tip().hash(), status.peers(),
                status.bestPeerHeight(), status.blocksBehind());
    }
}
