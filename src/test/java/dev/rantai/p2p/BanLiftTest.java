package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.Backoff;
import dev.rantai.p2p.peer.BanList;
import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.peer.PeerView;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The operator lifts a ban before it ends: by IP, or by the host:port of a ban of one address. */
class BanLiftTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aLiftedBanLetsTheHostStraightBackIn() {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8)) {
            String genesis = node.chain.rules().genesis().hash();
            assertThat(RawPeer.getBanned(node.p2p.port(), genesis, 0, genesis)).contains("banned: invalid block");
            try (RawPeer again = new RawPeer(node.p2p.port())) {
                assertThat(again.readBye()).contains("banned until");
            }
            assertThat(node.peers()).extracting(PeerView::address, PeerView::state)
                    .contains(org.assertj.core.groups.Tuple.tuple("127.0.0.1", PeerState.BANNED));

            // Another IP's ban, or none: nothing is lifted.
            assertThat(node.p2p.liftBans(new PeerAddress("127.0.0.2", 1), OptionalInt.empty()).join()).isEmpty();
            // A port given with a ban of the whole host lifts the host's ban.
            List<BanList.Ban> lifted = node.p2p.liftBans(new PeerAddress("127.0.0.1", 3001), OptionalInt.of(3001)).join();
            assertThat(lifted).extracting(BanList.Ban::key).containsExactly("127.0.0.1");
            assertThat(node.peers()).noneMatch(v -> v.state() == PeerState.BANNED);
            assertThat(node.p2p.liftBans(new PeerAddress("127.0.0.1", 1), OptionalInt.empty()).join()).isEmpty();

            try (RawPeer back = new RawPeer(node.p2p.port())) {
                back.handshake(node);
                await().atMost(WAIT).until(() -> node.p2p.status().peers() == 1);
            }
        }
    }

    @Test
    void aHostBanIsKeptUnderTheIpAsTheApiWritesIt() {
        assertThat(BanScope.HOST.key("0:0:0:0:0:0:0:1", 40_000)).isEqualTo("::1");
        assertThat(BanScope.ADDRESS.key("0:0:0:0:0:0:0:1", 3001)).isEqualTo("[::1]:3001");
        assertThat(BanScope.HOST.key("127.0.0.1", 40_000)).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressThatWaitedOutABanIsDialedAgainAtOnceWhenItIsLifted() {
        FlappingPeerBackoffTest.SimulatedLoop loop = new FlappingPeerBackoffTest.SimulatedLoop();
        BanList bans = new BanList(Duration.ofMinutes(10), loop::now);
        AtomicInteger dials = new AtomicInteger();
        Random random = new Random(3);
        PeerManager.Policy policy = new PeerManager.Policy(32, 8, BanScope.ADDRESS,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), random),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), random), 5_000, 24, 2, 4, 5_000);
        PeerManager manager = new PeerManager(loop, policy, NodeKey.generate().nodeId(), bans,
                new P2pMetrics(new SimpleMeterRegistry()), loop::now, address -> {
                    dials.incrementAndGet();
                    return CompletableFuture.failedFuture(new java.net.ConnectException("refused"));
                });
        manager.learn(List.of("127.0.0.1:3005", "127.0.0.1:3006"), null);
        manager.fillOutbound();
        assertThat(dials).hasValue(2);
        bans.ban("127.0.0.1:3005", "invalid block", Duration.ofMinutes(10));
        bans.ban("127.0.0.1:3006", "invalid block", Duration.ofMinutes(10));
        loop.advanceTo(loop.now() + 61_000);
        assertThat(manager.views()).extracting(PeerView::state).containsOnly(PeerState.BANNED);
        int before = dials.get();

        assertThat(manager.liftBans("127.0.0.1", OptionalInt.of(3007))).isEmpty();
        assertThat(manager.liftBans("127.0.0.1", OptionalInt.of(3005))).extracting(BanList.Ban::key)
                .containsExactly("127.0.0.1:3005");
        // dialed again now, not when the ten minutes are over; the other port stays banned
        assertThat(dials).hasValue(before + 1);
        assertThat(manager.views()).filteredOn(v -> v.address().equals("127.0.0.1:3006"))
                .extracting(PeerView::state).containsExactly(PeerState.BANNED);

        // The IP alone lifts the bans of all its ports.
        assertThat(manager.liftBans("127.0.0.1", OptionalInt.empty())).extracting(BanList.Ban::key)
                .containsExactly("127.0.0.1:3006");
        assertThat(dials).hasValue(before + 2);
    }
}
