package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.p2p.peer.PeerAddress;

/**
 * Honest nodes whose chains compete: two miners at once, and two nodes that each mined a branch of its
 * own. Every node ends on the one tip the fork choice picks (docs/chain.md, Fork choice), no honest
 * peer is cut off for the blocks it relays, and nothing acknowledged is lost or doubled.
 */
class CompetingMinersTest {
    private static final int DIFFICULTY = 8;
    /** Blocks of about 9 KB: an answer of 1 MiB holds about 113 of them, fewer than the 500 asked for. */
    private static final String PAD = "d".repeat(9_000);

    @TempDir
    Path dir;

    private static P2pConfig config(List<PeerAddress> peers) {
        return P2pConfig.loopback(peers).withLimits(32, 0, 1 << 20).withBackoff(Duration.ofMillis(50),
                Duration.ofMillis(300));
    }

    /**
     * A ring of five; the nodes at 0 and 2 each mine 200 blocks at the same time, twice. Each branch's
     * blocks lose at the nodes on the other (a race at the tip), the nodes on the branch with the
     * higher tip hash fetch the other in answers cut short by their size, and the miners re-mine the
     * data of their dropped blocks. The network settles on one tip within seconds each time, with
     * every datum on it once and every link up.
     */
    @Test
    void aRingWithTwoMinersAtOnceSettlesOnOneTipWithoutCuttingOffAnyone() {
        List<TestNode> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                List<PeerAddress> peers = i == 0 ? List.of() : new ArrayList<>(List.of(nodes.get(i - 1).address()));
                if (i == 4) {
                    peers = List.of(nodes.get(3).address(), nodes.get(0).address());
                }
                nodes.add(TestNode.start(dir.resolve("n" + i), DIFFICULTY, config(peers)));
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> nodes.stream().mapToLong(TestNode::connectedPeers).sum() == 10);
            List<String> submitted = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                String a = "a" + round + " ";
                String b = "b" + round + " ";
                CompletableFuture<List<Block>> minedA = CompletableFuture.supplyAsync(() -> nodes.get(0).mine(a + PAD, 200));
                CompletableFuture<List<Block>> minedB = CompletableFuture.supplyAsync(() -> nodes.get(2).mine(b + PAD, 200));
                minedA.join();
                minedB.join();
                for (int i = 0; i < 200; i++) {
                    submitted.add(a + PAD + i);
                    submitted.add(b + PAD + i);
                }
                ExactlyOnceNetworkTest.awaitConverged(nodes, Duration.ofSeconds(20),
                        "one tip everywhere after round " + round);
            }
            for (TestNode node : nodes) {
                Map<String, Integer> count = new HashMap<>();
                node.canonicalData().forEach(d -> count.merge(d, 1, Integer::sum));
                assertThat(count.values()).as("data on the canonical chain of node %d more than once", nodes.indexOf(node))
                        .allMatch(c -> c == 1);
                assertThat(new HashSet<>(count.keySet())).as("acknowledged data on the canonical chain of node %d",
                        nodes.indexOf(node)).containsAll(submitted);
                assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget"))
                        .as("honest peers cut off by node %d", nodes.indexOf(node)).isZero();
            }
            assertThat(nodes.stream().mapToLong(TestNode::connectedPeers).sum()).as("links up, both ends").isEqualTo(10);
        } finally {
            nodes.forEach(TestNode::close);
        }
    }

    /**
     * Two nodes that each mined 200 blocks from the genesis alone, then connect: equal work, so the
     * lower tip hash wins. The other node fetches the winning branch, a side branch until its last
     * block, in answers of about 113 blocks (cut by the frame limit), each request going on from the
     * last block of the one before; asking again from the chain's own tip would bring the first 113
     * again and again.
     */
    @Test
    void twoNodesWithBranchesOfEqualWorkSettleOnTheLowerTipHashThroughAnswersCutShortBySize() {
        try (TestNode one = TestNode.start(dir.resolve("one"), DIFFICULTY, config(List.of()));
                TestNode two = TestNode.start(dir.resolve("two"), DIFFICULTY, config(List.of()))) {
            Block genesis = one.chain.rules().genesis();
            List<Block> first = branch(genesis, "first ");
            List<Block> second = branch(genesis, "second ");
            one.chain.acceptAll(first, BlockSource.PEER).join();
            two.chain.acceptAll(second, BlockSource.PEER).join();
            String lower = first.get(199).hash().compareTo(second.get(199).hash()) < 0 ? first.get(199).hash()
                    : second.get(199).hash();
            one.p2p.addPeer(two.address()).join();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> one.tipHash().equals(lower) && two.tipHash().equals(lower));
            assertThat(one.height()).isEqualTo(200);
            assertThat(two.height()).isEqualTo(200);
        }
    }

    private static List<Block> branch(Block genesis, String prefix) {
        List<Block> blocks = new ArrayList<>();
        Block parent = genesis;
        for (int i = 0; i < 200; i++) {
            parent = TestNode.mineChild(parent, prefix + i + PAD, DIFFICULTY);
            blocks.add(parent);
        }
        return blocks;
    }
}
