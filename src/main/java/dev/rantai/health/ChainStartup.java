package dev.rantai.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;

/** Started once the chain was opened, its network checked and its newest blocks verified. */
@Startup
@ApplicationScoped
public class ChainStartup implements HealthCheck {
    private final ChainService chain;

    ChainStartup(ChainService chain) {
        this.chain = chain;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chain-loaded");
        ChainTip tip = chain.tip();
        if (tip == null) {
            return response.down().withData("error", "the chain is still loading").build();
        }
        return response.up().withData("network", chain.rules().genesis().hash())
                .withData("difficulty", chain.rules().params().difficulty())
                .withData("height", tip.height()).build();
    }
}
