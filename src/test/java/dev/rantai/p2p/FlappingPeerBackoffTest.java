package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainParams;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.Backoff;
import dev.rantai.p2p.peer.BanList;
import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.transport.Connection;
import dev.rantai.p2p.transport.EventLoop;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.WireLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The redial backoff counted over a minute of simulated time: the peer manager runs on an event loop
 * whose clock and timers this test drives, so a minute takes milliseconds.
 */
class FlappingPeerBackoffTest {
    private static final PeerAddress PEER = new PeerAddress("127.0.0.1", 3001);
    private static final long MINUTE = 60_000;

    /** An event loop on simulated time: timers run in order of their due time as the test advances it. */
    static class SimulatedLoop implements EventLoop {
        private record Timer(long due, long id, Runnable task) {
        }

        private final PriorityQueue<Timer> timers = new PriorityQueue<>(
                Comparator.comparingLong(Timer::due).thenComparingLong(Timer::id));
        private long now = 1_000_000;
        private long nextId;

        long now() {
            return now;
        }

        void advanceTo(long time) {
            while (!timers.isEmpty() && timers.peek().due() <= time) {
                Timer t = timers.poll();
                now = t.due();
                t.task().run();
            }
            now = time;
        }

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public <T> CompletableFuture<T> offload(Callable<T> task) {
            try {
                return CompletableFuture.completedFuture(task.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public long timer(long delayMillis, Runnable task) {
            long id = nextId++;
            timers.add(new Timer(now + Math.max(1, delayMillis), id, task));
            return id;
        }

        @Override
        public long periodic(long periodMillis, Runnable task) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancel(long timerId) {
            timers.removeIf(t -> t.id() == timerId);
        }
    }

    /** A connection that goes nowhere: what the manager needs of a session, no more. */
    static class NoConnection implements Connection {
        @Override
        public void start(Inbound inbound) {
        }

        @Override
        public CompletableFuture<Void> secure() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String remoteHost() {
            return PEER.host();
        }

        @Override
        public int remotePort() {
            return PEER.port();
        }

        @Override
        public void write(byte[] bytes) {
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public void onDrain(Runnable handler) {
        }

        @Override
        public void pauseReading() {
        }

        @Override
        public void resumeReading() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * Dials over one simulated minute to a configured peer that completes the handshake and then stays
     * {@code upMillis} before it closes (a flapping peer if short).
     */
    private static int dialsInAMinute(long upMillis) {
        SimulatedLoop loop = new SimulatedLoop();
        P2pMetrics metrics = new P2pMetrics(new SimpleMeterRegistry());
        MessageCodec codec = new MessageCodec(new WireLimits(1 << 20, ChainParams.defaults(8).maxDataBytes()));
        NodeKey remote = NodeKey.generate();
        Random random = new Random(7);
        AtomicInteger dials = new AtomicInteger();
        PeerManager[] manager = new PeerManager[1];
        PeerManager.Policy policy = new PeerManager.Policy(32, 8, BanScope.HOST,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), random),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), random), 5_000, 24, 2, 4, 5_000);
        manager[0] = new PeerManager(loop, policy, NodeKey.generate().nodeId(), new BanList(Duration.ofMinutes(10),
                loop::now), metrics, loop::now, address -> {
                    dials.incrementAndGet();
                    Session session = new Session(new NoConnection(), Direction.OUTBOUND, Optional.of(address), codec,
                            metrics, loop::now);
                    manager[0].opened(session);
                    // The handshake completes at once, then the peer closes after upMillis.
                    loop.timer(1, () -> {
                        session.handshaken(new Hello(2, "00".repeat(32), remote.nodeId(), remote.publicKeyHex(),
                                "11".repeat(32), 3001, 0, "00".repeat(32), BigInteger.ONE, "flapping"));
                        assertThat(manager[0].admit(session)).isEmpty();
                        loop.timer(upMillis, () -> {
                            session.closeSilently();
                            manager[0].closed(session);
                        });
                    });
                    return CompletableFuture.completedFuture(session);
                });
        manager[0].addPermanent(PEER);
        loop.advanceTo(loop.now() + MINUTE);
        return dials.get();
    }

    @Test
    void aPeerThatClosesRightAfterItsHandshakeIsRedialledWithADoublingDelay() {
        int dials = dialsInAMinute(10);
        // 1 s, 2 s, 4 s, ... doubling to 60 s, each a random half of jitter: at most 8 dials in a minute.
        assertThat(dials).isBetween(4, 8);
    }

    @Test
    void aConnectionThatLastedAPingIntervalStartsTheBackoffOver() {
        // Up for 10 s each time (longer than the 5 s of a ping interval): redialled within a second or so.
        int dials = dialsInAMinute(10_000);
        assertThat(dials).isGreaterThanOrEqualTo(5);
    }
}
