package dev.rantai.p2p;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rantai.p2p.wire.Bye;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The P2P meters: peers by direction, messages and bytes in and out by type, bans, refused
 * connections and block propagation delay (block timestamp to acceptance here). Each meter has
 * this one owner; the chain's meters (height, reorgs, ...) are dev.rantai.metrics.ChainMetrics'.
 * Timings are histograms in seconds, so they can be summed across nodes; counters of known
 * reasons start at zero, so a rate or an alert sees them before the first event.
 */
public final class P2pMetrics {
    /**
     * Upper bounds of the propagation delay's buckets: a relay on one machine takes about a
     * millisecond, across a data centre tens; seconds mean a slow or partitioned network.
     */
    static final Duration[] PROPAGATION_BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60) };
    /** Why a connection was refused: the values of {@code rantai_p2p_refused_total{reason}}. */
    static final List<String> REFUSED_REASONS = List.of("banned", "full", "evicted", "pending", "pending-per-host",
            "auth", "version", "network", "duplicate-key", "not-reading", "ping-timeout", "over-budget", "book",
            "book-rate", "book-unreachable");

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter[]>> traffic = new ConcurrentHashMap<>();
    private final Map<Direction, AtomicInteger> peers = new ConcurrentHashMap<>();
    private final Timer propagation;
    private final List<TrafficListener> trafficListeners = new CopyOnWriteArrayList<>();
    private final NetworkObservations observations = new NetworkObservations(System::currentTimeMillis);

    public P2pMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Direction d : Direction.values()) {
            AtomicInteger count = new AtomicInteger();
            peers.put(d, count);
            Gauge.builder("rantai.p2p.peers", count, AtomicInteger::get).tag("direction", d.id())
                    .description("Connected peers (handshake done)").register(registry);
        }
        propagation = Timer.builder("rantai.block.propagation.delay")
                .description("Block timestamp to its acceptance here, for blocks relayed by peers")
                .serviceLevelObjectives(PROPAGATION_BUCKETS).register(registry);
        for (Misbehaviour why : Misbehaviour.values()) {
            counter("rantai.p2p.bans", "reason", why.id());
        }
        REFUSED_REASONS.forEach(reason -> counter("rantai.p2p.refused", "reason", reason));
    }

    /** What the node saw of the network, for the dashboard (messages with summaries, rates, block arrivals). */
    public NetworkObservations observations() {
        return observations;
    }

    public void peerConnected(Direction direction) {
        peers.get(direction).incrementAndGet();
    }

    public void peerDisconnected(Direction direction) {
        peers.get(direction).decrementAndGet();
    }

    public int peers(Direction direction) {
        return peers.get(direction).get();
    }

    /** A message received from {@code peer} (host:port), {@code bytes} on the wire. */
    public void messageIn(String type, int bytes, String peer) {
        traffic("in", type, bytes, peer);
    }

    /** A message sent to {@code peer} (host:port). */
    public void messageOut(String type, int bytes, String peer) {
        traffic("out", type, bytes, peer);
    }

    private void traffic(String direction, String type, int bytes, String peer) {
        Counter[] pair = trafficCounters(direction, type);
        pair[0].increment();
        pair[1].increment(bytes);
        if (!trafficListeners.isEmpty()) {
            long now = System.currentTimeMillis();
            for (TrafficListener l : trafficListeners) {
                l.onMessage(type, direction, peer, bytes, now);
            }
        }
    }

    /** Tells {@code listener} about every message from now on (the dashboard's message feed). */
    public void addTrafficListener(TrafficListener listener) {
        trafficListeners.add(listener);
    }

    public void removeTrafficListener(TrafficListener listener) {
        trafficListeners.remove(listener);
    }

    /** Called on the P2P event loop for each message: returns at once, hands anything slow elsewhere. */
    public interface TrafficListener {
        void onMessage(String type, String direction, String peer, int bytes, long timeMillis);
    }

    public void banned(Misbehaviour why) {
        counter("rantai.p2p.bans", "reason", why.id()).increment();
    }

    public void refused(String reason) {
        counter("rantai.p2p.refused", "reason", reason).increment();
    }

    /** A peer said {@code bye}: tagged {@code shutting-down} when it is stopping, {@code other} otherwise. */
    public void byeReceived(String reason) {
        counter("rantai.p2p.byes", "reason", Bye.SHUTTING_DOWN.equals(reason) ? "shutting-down" : "other").increment();
    }

    /** A block from a peer became part of the chain {@code delayMillis} after its timestamp (clock skew counts as 0). */
    public void propagated(long delayMillis) {
        propagation.record(Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    public double count(String name, String... tags) {
        return counter(name, tags).count();
    }

    /** Messages and bytes of one direction and type, found without building a key: this runs for every message. */
    private Counter[] trafficCounters(String direction, String type) {
        Map<String, Counter[]> byType = traffic.get(direction);
        if (byType == null) {
            byType = traffic.computeIfAbsent(direction, d -> new ConcurrentHashMap<>());
        }
        Counter[] pair = byType.get(type);
        if (pair == null) {
            pair = byType.computeIfAbsent(type, t -> new Counter[] {
                    counter("rantai.p2p.messages", "direction", direction, "type", t),
                    counter("rantai.p2p.bytes", "direction", direction, "type", t) });
        }
        return pair;
    }

    private Counter counter(String name, String... tags) {
        String key = name + String.join(",", tags);
        return counters.computeIfAbsent(key, k -> Counter.builder(name).tags(tags).register(registry));
    }
}
