package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.peer.PeerState;

class GossipTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void blocksMinedOnAnyNodeReachAllThreeNodes() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
                TestNode c = TestNode.start(dir.resolve("c"), 8, a.address(), b.address())) {
            await().atMost(WAIT).until(() -> a.connectedPeers() == 2 && b.connectedPeers() == 2
                    && c.connectedPeers() == 2);
            a.mine("from a", 10);
            await().atMost(WAIT).until(() -> b.height() == 10 && c.height() == 10);
            c.mine("from c", 5);
            await().atMost(WAIT).until(() -> a.height() == 15 && b.height() == 15);
            assertThat(List.of(b.tipHash(), c.tipHash())).containsOnly(a.tipHash());
            assertThat(a.canonicalData()).isEqualTo(c.canonicalData()).hasSize(15);
            assertThat(a.counter("rantai.p2p.messages", "direction", "out", "type", "block")).isPositive();
            b.mine("one at a time");
            await().atMost(WAIT).until(() -> a.height() == 16 && c.height() == 16);
            assertThat(a.registry.find("rantai.block.propagation.delay").timer().count()).isPositive();
        }
    }

    @Test
    void aBlockMinedDuringTheHandshakeIsAnnouncedOnceThePeerIsAdmitted() {
        try (TestNode node = TestNode.start(dir.resolve("a"), 8);
                RawPeer peer = new RawPeer(node.p2p.port())) {
            assertThat(peer.readNodeHello().height()).isZero();
            // After the node's hello, before ours: the peer is not admitted yet, so gossip skips it.
            Block mined = node.mine("while shaking hands");
            peer.handshake(peer.hello(node), java.util.Optional.empty());
            String announced = null;
            for (String line = peer.readLine(); line != null; line = peer.readLine()) {
                if (line.contains("\"type\":\"block\"")) {
                    announced = line;
                    break;
                }
            }
            assertThat(announced).as("the node's tip, announced after the handshake")
                    .contains("\"hash\":\"" + mined.hash() + "\"");
        }
    }

    @Test
    void aGroupCommitIsAnnouncedBlockByBlockInChainOrderEachOnce() {
        try (TestNode node = TestNode.start(dir.resolve("a"), 8);
                RawPeer peer = new RawPeer(node.p2p.port())) {
            peer.handshake(node);
            await().atMost(WAIT).until(() -> node.connectedPeers() == 1);
            // Submitted together, mined in batches: each batch reaches the peer as one write of many lines.
            List<Block> mined = node.mine("batch ", Gossip.ANNOUNCE_EACH_UP_TO);
            List<String> announced = new java.util.ArrayList<>();
            while (announced.size() < mined.size()) {
                String line = peer.readLine();
                assertThat(line).as("a line from the node").isNotNull();
                if (line.contains("\"type\":\"block\"")) {
                    announced.add(line);
                }
            }
            for (int i = 0; i < mined.size(); i++) {
                assertThat(announced.get(i)).contains("\"hash\":\"" + mined.get(i).hash() + "\"")
                        .contains("\"index\":" + (i + 1) + ",");
            }
            assertThat(node.counter("rantai.p2p.messages", "direction", "out", "type", "block"))
                    .isEqualTo(mined.size());
        }
    }

    @Test
    void aLineOfNodesRelaysBlocksToTheNodeThatKnowsOnlyItsNeighbour() {
        P2pConfig noLearning = P2pConfig.loopback(List.of()).withLimits(32, 0, 1 << 20);
        try (TestNode a = TestNode.start(dir.resolve("a"), 8, noLearning);
                TestNode b = TestNode.start(dir.resolve("b"), 8, noLearning.withPeers(List.of(a.address())));
                TestNode c = TestNode.start(dir.resolve("c"), 8, noLearning.withPeers(List.of(b.address())))) {
            await().atMost(WAIT).until(() -> b.connectedPeers() == 2);
            a.mine("from a", 7);
            await().atMost(WAIT).until(() -> c.height() == 7);
            assertThat(c.tipHash()).isEqualTo(a.tipHash());
            assertThat(c.peers()).singleElement().satisfies(p -> {
                assertThat(p.address()).isEqualTo(b.address().toString());
                assertThat(p.nodeId()).contains(b.p2p.nodeId());
            });
            assertThat(a.peers()).noneMatch(p -> p.nodeId().equals(java.util.Optional.of(c.p2p.nodeId())));
        }
    }

    @Test
    void learnedAddressesAreDialedUpToTheOutboundTarget() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
                TestNode c = TestNode.start(dir.resolve("c"), 8, b.address())) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(c.peers())
                    .filteredOn(p -> p.state() == PeerState.CONNECTED)
                    .extracting(p -> p.nodeId().orElse(""))
                    .contains(a.p2p.nodeId(), b.p2p.nodeId()));
        }
    }

    @Test
    void twoConnectionsBetweenTheSameNodesAreReducedToOne() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
            a.p2p.addPeer(b.address()).join();
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(a.p2p.status().peers()).isEqualTo(1);
                assertThat(b.p2p.status().peers()).isEqualTo(1);
                assertThat(a.peers()).filteredOn(p -> p.state() == PeerState.CONNECTED).hasSize(1);
            });
            a.mine("still talking");
            await().atMost(WAIT).until(() -> b.height() == 1);
        }
    }

    @Test
    void aConnectionToItselfIsDroppedAndNotRetried() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            a.p2p.addPeer(a.address()).join();
            await().atMost(WAIT).untilAsserted(() -> assertThat(a.peers()).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PeerState.SELF)));
            assertThat(a.p2p.status().peers()).isZero();
        }
    }
}
