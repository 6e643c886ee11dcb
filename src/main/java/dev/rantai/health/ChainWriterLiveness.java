package dev.rantai.health;

import java.time.Duration;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import dev.rantai.chain.ChainService;

/**
 * Live while the chain writer runs and, when submissions wait, the miner makes progress: a new
 * block or new hash attempts within {@link #STALL}. A stuck writer only a restart can cure.
 */
@Liveness
@ApplicationScoped
public class ChainWriterLiveness implements HealthCheck {
    /** Longer than any single proof of work at a sane difficulty: the miner counts its attempts while it works. */
    static final Duration STALL = Duration.ofMinutes(2);

    private final ChainService chain;
    private final LongSupplier nanoClock;
    private Progress last;

    @Inject
    ChainWriterLiveness(ChainService chain) {
        this(chain, System::nanoTime);
    }

    ChainWriterLiveness(ChainService chain, LongSupplier nanoClock) {
        this.chain = chain;
        this.nanoClock = nanoClock;
    }

    private record Progress(long height, long attempts, long at) {
    }

    @Override
    public HealthCheckResponse call() {
        boolean running = chain.isRunning();
        return assess(running, running ? chain.tip().height() : -1, chain.hashAttempts(), chain.queuedSubmissions(),
                nanoClock.getAsLong());
    }

    /** The decision alone, from what the chain reports now and what it reported at the last progress. */
    synchronized HealthCheckResponse assess(boolean running, long height, long attempts, int queued, long now) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chain-writer")
                .withData("queued", queued).withData("hashAttempts", attempts);
        if (!running) {
            return response.down().withData("error", "the chain writer is stopped").build();
        }
        if (last == null || last.height() != height || last.attempts() != attempts || queued == 0) {
            last = new Progress(height, attempts, now);
            return response.up().build();
        }
        long stalledFor = Duration.ofNanos(now - last.at()).toSeconds();
        if (stalledFor > STALL.toSeconds()) {
            return response.down().withData("error", queued + " submissions wait, but no block was mined and no"
                    + " hash tried for " + stalledFor + " s").build();
        }
        return response.up().build();
    }
}
