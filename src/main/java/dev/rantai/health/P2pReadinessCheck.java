package dev.rantai.health;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.rantai.node.P2pService;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.P2pStatus;

/**
 * Ready while the P2P server listens. Carries the peer count and how far the node is behind its
 * best peer; a node without peers is still ready (a network of one is legitimate).
 */
@Readiness
@ApplicationScoped
public class P2pReadinessCheck implements HealthCheck {
    private final P2pService p2p;

    P2pReadinessCheck(P2pService p2p) {
        this.p2p = p2p;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("p2p");
        if (!p2p.enabled()) {
            return builder.up().withData("enabled", false).build();
        }
        Optional<P2pNode> node = p2p.node();
        if (node.isEmpty() || !node.get().status().listening()) {
            return builder.down().withData("error", "the P2P server is not listening").build();
        }
        P2pStatus status = node.get().status();
        return builder.up().withData("port", node.get().port()).withData("peers", status.peers())
                .withData("bestPeerHeight", status.bestPeerHeight()).withData("blocksBehind", status.blocksBehind())
                .build();
    }
}
