package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.discovery.AddressResolver;
import dev.rantai.p2p.discovery.DnsDiscovery;
import dev.rantai.p2p.peer.PeerAddress;
import io.vertx.core.Vertx;

class DnsDiscoveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMillis(100);

    @TempDir
    Path dir;

    /** Answers what the test says; {@code null} is a failed lookup. Counts the lookups. */
    static final class FakeResolver implements AddressResolver {
        volatile List<InetAddress> answer;
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            lookups.incrementAndGet();
            List<InetAddress> current = answer;
            if (current == null) {
                throw new UnknownHostException(host + ": no answer (test)");
            }
            return current;
        }
    }

    /** Records what discovery asks of the node, without dialing anything. */
    static final class RecordingPeers implements DnsDiscovery.Peers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> addPeer(PeerAddress address) {
            calls.add("add " + address);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Boolean> removePeer(PeerAddress address) {
            calls.add("remove " + address);
            return CompletableFuture.completedFuture(true);
        }
    }

    private static InetAddress ip(int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] { (byte) a, (byte) b, (byte) c, (byte) d });
    }

    @Test
    void everyAddressIsAddedOnceAndAVanishedOneIsRemovedUnlessConfigured() throws Exception {
        Vertx vertx = Vertx.vertx();
        FakeResolver resolver = new FakeResolver();
        RecordingPeers peers = new RecordingPeers();
        PeerAddress configured = new PeerAddress("10.0.0.3", 3000);
        resolver.answer = List.of(ip(10, 0, 0, 1), ip(10, 0, 0, 2), ip(10, 0, 0, 3));
        DnsDiscovery discovery = new DnsDiscovery(vertx, resolver, PeerAddress.parse("rantai-p2p:3000"), INTERVAL,
                peers, Set.of(configured));
        try {
            discovery.start();
            await().atMost(WAIT).until(() -> resolver.lookups.get() >= 3);
            assertThat(peers.calls).containsExactly("add 10.0.0.1:3000", "add 10.0.0.2:3000", "add 10.0.0.3:3000");
            resolver.answer = List.of(ip(10, 0, 0, 2));
            await().atMost(WAIT).until(() -> peers.calls.size() == 4);
            assertThat(peers.calls.get(3)).isEqualTo("remove 10.0.0.1:3000");
            assertThat(discovery.discovered().join()).containsExactly(new PeerAddress("10.0.0.2", 3000));
            int before = resolver.lookups.get();
            await().atMost(WAIT).until(() -> resolver.lookups.get() >= before + 3);
            assertThat(peers.calls).hasSize(4);
        } finally {
            discovery.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void failedLookupsAreRetriedAndRemoveNothing() throws Exception {
        Vertx vertx = Vertx.vertx();
        FakeResolver resolver = new FakeResolver();
        RecordingPeers peers = new RecordingPeers();
        DnsDiscovery discovery = new DnsDiscovery(vertx, resolver, PeerAddress.parse("rantai-p2p:3000"), INTERVAL,
                peers, Set.of());
        try {
            discovery.start();
            await().atMost(WAIT).until(() -> resolver.lookups.get() >= 3);
            assertThat(peers.calls).isEmpty();
            resolver.answer = List.of(ip(10, 0, 0, 1));
            await().atMost(WAIT).until(() -> peers.calls.size() == 1);
            resolver.answer = null;
            int before = resolver.lookups.get();
            await().atMost(WAIT).until(() -> resolver.lookups.get() >= before + 3);
            assertThat(peers.calls).containsExactly("add 10.0.0.1:3000");
        } finally {
            discovery.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void aNodeDiscoversARealPeerSyncsAndStopsDialingItWhenItLeavesTheAnswer() throws Exception {
        FakeResolver resolver = new FakeResolver();
        try (TestNode b = TestNode.start(dir.resolve("b"), 8); TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            b.mine("on b", 4);
            DnsDiscovery discovery = new DnsDiscovery(a.vertx, resolver,
                    new PeerAddress("rantai-p2p.test", b.p2p.port()), INTERVAL, DnsDiscovery.Peers.of(a.p2p), Set.of());
            try {
                discovery.start();
                await().atMost(WAIT).until(() -> resolver.lookups.get() >= 2);
                assertThat(a.peers()).isEmpty();
                resolver.answer = List.of(ip(127, 0, 0, 1));
                await().atMost(WAIT).until(() -> a.connectedPeers() == 1 && a.height() == 4);
                assertThat(a.peers()).singleElement()
                        .satisfies(p -> assertThat(p.address()).isEqualTo(b.address().toString()));
                resolver.answer = List.of();
                await().atMost(WAIT).until(() -> a.peers().isEmpty() && b.p2p.status().peers() == 0);
                int before = resolver.lookups.get();
                await().atMost(WAIT).until(() -> resolver.lookups.get() >= before + 3);
                assertThat(a.peers()).isEmpty();
            } finally {
                discovery.close();
            }
        }
    }
}
