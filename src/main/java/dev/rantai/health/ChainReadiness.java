package dev.rantai.health;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.store.StoredBlock;

/** Ready while the store answers a read and the chain is loaded and running: the node can serve and take blocks. */
@Readiness
@ApplicationScoped
public class ChainReadiness implements HealthCheck {
    private final ChainService chain;

    ChainReadiness(ChainService chain) {
        this.chain = chain;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chain-store");
        try {
            ChainTip tip = chain.tip();
            response.withData("height", tip.height()).withData("tip", tip.hash())
                    .withData("store", chain.store().location());
            Optional<StoredBlock> stored = chain.store().canonicalTip();
            if (stored.isEmpty()) {
                return response.down().withData("error", "the store has no canonical chain").build();
            }
            if (!chain.isRunning()) {
                return response.down().withData("error", "the chain is stopped").build();
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
