package dev.rantai.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The chain's meters at {@code /q/metrics}, fed by the chain's events: height, connected blocks by
 * source, reorgs, mining time; and rejected submissions, counted by the API. Each is registered and
 * counted here only (the P2P meters are dev.rantai.p2p.P2pMetrics'). The listener only bumps
 * in-memory meters, so it returns at once on the chain writer.
 */
@ApplicationScoped
public class ChainMetrics implements ChainListener {
    static final String HEIGHT = "rantai.chain.height";
    static final String CONNECTED = "rantai.blocks.connected";
    static final String REORGS = "rantai.chain.reorgs";
    static final String MINING = "rantai.mining.duration";
    static final String QUEUED = "rantai.submissions.queued";
    static final String REJECTED = "rantai.submissions.rejected";
    /**
     * Upper bounds of the mining time's buckets: difficulty 16 takes tens of milliseconds on one core,
     * each further bit doubles it (20 about half a second, 24 several seconds, 32 half an hour).
     */
    static final Duration[] MINING_BUCKETS = { Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(1) };

    private final MeterRegistry registry;
    private final ChainService chain;
    private final Map<BlockSource, Counter> connected = new EnumMap<>(BlockSource.class);
    private final Counter reorgs;
    private final Timer mining;

    public ChainMetrics(MeterRegistry registry, ChainService chain) {
        this.registry = registry;
        this.chain = chain;
        for (BlockSource source : BlockSource.values()) {
            connected.put(source, Counter.builder(CONNECTED)
                    .description("Blocks connected to the canonical chain, by where they came from")
                    .tag("source", source.id())
                    .register(registry));
        }
        reorgs = Counter.builder(REORGS).description("Reorganisations of the canonical chain").register(registry);
        mining = Timer.builder(MINING).description("Proof-of-work time of blocks mined by this node")
                .serviceLevelObjectives(MINING_BUCKETS).register(registry);
        Gauge.builder(HEIGHT, chain, c -> c.tip().height()).description("Height of the canonical tip")
                .register(registry);
        Gauge.builder(QUEUED, chain, ChainService::queuedSubmissions)
                .description("Submissions waiting to be mined").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        // on the writer: a hand-off to another thread would cost more than the counting
        chain.addListener(this, Runnable::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        chain.removeListener(this);
    }

    @Override
    public void onTipChanged(TipChange change) {
        for (StoredBlock block : change.connected()) {
            connected.get(block.source()).increment();
        }
        if (change.isReorg()) {
            reorgs.increment();
        }
    }

    @Override
    public void onBlockMined(Block block, long nanos) {
        mining.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A submission the node refused; {@code reason} is a broken rule's id or the problem type. */
    public void submissionRejected(String reason) {
        Counter.builder(REJECTED).description("Submissions refused, by reason (a rule id or a problem type)")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
