package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.ChainParams;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerLimitException;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.WireLimits;

/**
 * Flow control against hostile peers: a peer that does not read cannot make the node queue for it,
 * connections before their handshake are bounded, and answers fit the receiver's frame limit.
 */
class HostileFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aPeerThatAsksAndNeverReadsIsPausedThenDisconnectedWhileTheHonestPeerIsServed() {
        P2pConfig config = P2pConfig.loopback(List.of()).withSendTimeout(Duration.ofSeconds(2));
        try (TestNode node = TestNode.start(dir.resolve("node"), 8, config)) {
            for (int i = 0; i < 300; i++) {
                node.chain.submit(i + " " + "x".repeat(8000));
            }
            node.mine("last");
            try (TestNode honest = TestNode.start(dir.resolve("honest"), 8, node.address());
                    RawPeer attacker = new RawPeer(node.p2p.port(), NodeKey.generate(), 4096)) {
                await().atMost(WAIT).until(() -> honest.height() == node.height());
                attacker.handshake(node);
                GetBlocks ask = new GetBlocks(List.of(node.chain.rules().genesis().hash()), 500);
                for (int i = 0; i < 200; i++) {
                    attacker.send(ask);
                }
                // and never reads again
                await().atMost(WAIT).until(() -> node.counter("rantai.p2p.refused", "reason", "not-reading") == 1);
                assertThat(node.counter("rantai.p2p.messages", "direction", "in", "type", "get_blocks"))
                        .as("get_blocks read from the attacker before it was paused").isLessThan(20);
                assertThat(node.counter("rantai.p2p.messages", "direction", "out", "type", "blocks")).isLessThan(20);
                node.mine("after the attack");
                await().atMost(WAIT).until(() -> honest.height() == node.height());
            }
        }
    }

    @Test
    void connectionsThatNeverCompleteTheirHandshakeAreBoundedPerAddress() {
        P2pConfig config = P2pConfig.loopback(List.of()).withBanScope(BanScope.ADDRESS);
        List<RawPeer> silent = new ArrayList<>();
        try (TestNode node = TestNode.start(dir.resolve("node"), 8, config)) {
            for (int i = 0; i < P2pNode.MAX_PENDING_PER_HOST; i++) {
                RawPeer p = new RawPeer(node.p2p.port());
                silent.add(p);
                assertThat(p.readLine()).contains("\"type\":\"hello\"");
            }
            try (RawPeer one = new RawPeer(node.p2p.port())) {
                assertThat(one.readLine()).contains("bye").contains("too many connections in their handshake from 127.0.0.1");
            }
            assertThat(node.counter("rantai.p2p.refused", "reason", "pending-per-host")).isEqualTo(1);
            // The silent ones run into the handshake timeout; then there is room again.
            silent.forEach(p -> assertThat(p.readBye()).contains("no handshake within"));
            try (RawPeer later = new RawPeer(node.p2p.port())) {
                later.handshake(node);
            }
        } finally {
            silent.forEach(RawPeer::close);
        }
    }

    @Test
    void aLateJoinerSyncsAChainOfMaximalBlocksAtTheLargestDataLimit() {
        int maxData = 262_144;
        ChainParams params = new ChainParams(8, "Genesis Block", maxData, Duration.ofMinutes(2));
        int frame = (int) WireLimits.worstBlockLineBytes(maxData);
        P2pConfig config = P2pConfig.loopback(List.of()).withLimits(32, 8, frame);
        try (TestNode a = TestNode.start(dir.resolve("a"), params, config)) {
            // Control characters: JSON writes each as six bytes, the worst case.
            for (int i = 0; i < 6; i++) {
                a.chain.submit((char) ('a' + i) + "\u0001".repeat(maxData - 1)).join();
            }
            try (TestNode b = TestNode.start(dir.resolve("b"), params, config.withPeers(List.of(a.address())))) {
                await().atMost(WAIT).until(() -> b.height() == 6);
                assertThat(b.tipHash()).isEqualTo(a.tipHash());
                assertThat(b.counter("rantai.p2p.bans")).isZero();
                assertThat(a.counter("rantai.p2p.bans")).isZero();
            }
        }
    }

    @Test
    void aFrameLimitTooSmallForTheDataLimitIsRefusedAtStartNamingBothKeys() {
        ChainParams params = new ChainParams(8, "Genesis Block", 262_144, Duration.ofMinutes(2));
        assertThatThrownBy(() -> TestNode.start(dir.resolve("a"), params, P2pConfig.loopback(List.of())))
                .hasMessageContaining("rantai.p2p.max-frame-bytes=1048576")
                .hasMessageContaining("rantai.chain.max-data-bytes=262144");
    }

    @Test
    void theAddressesKeptForGoodAreBounded() throws IOException {
        // The addresses are ports this test holds (listening, silent), so the node's dials reach nothing else.
        List<ServerSocket> held = new ArrayList<>();
        try (TestNode node = TestNode.start(dir.resolve("node"), 8)) {
            for (int i = 0; i <= PeerManager.MAX_PERMANENT; i++) {
                held.add(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            }
            for (int i = 0; i < PeerManager.MAX_PERMANENT; i++) {
                node.p2p.addPeer(new PeerAddress("127.0.0.1", held.get(i).getLocalPort())).join();
            }
            int extra = held.get(PeerManager.MAX_PERMANENT).getLocalPort();
            assertThatThrownBy(() -> node.p2p.addPeer(new PeerAddress("127.0.0.1", extra)).join())
                    .hasCauseInstanceOf(PeerLimitException.class).hasMessageContaining("at most 256");
            assertThat(node.peers()).hasSize(PeerManager.MAX_PERMANENT);
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }
}
