package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.peer.PeerAddress;

/**
 * Honest networks in awkward shapes: after each round of mining, how long until every node has one
 * tip. A node that the relay left behind with nothing to wake it would stay there until the next
 * block: blocks held back from a peer must reach it without one (about 0.2 s a round here).
 */
class RelayStallTest {
    @TempDir
    Path dir;

    private static P2pConfig config(List<PeerAddress> peers) {
        return ExactlyOnceNetworkTest.config(peers);
    }

    /**
     * A miner and two followers, all linked to each other: the miner commits padded blocks in bursts
     * that fill its send queues, so each follower misses blocks and may get them from the other
     * first. After the last burst every node reaches the miner's tip, without waiting for a next block.
     */
    @Test
    void aTriangleFollowingABurstingMinerReachesItsTip() throws Exception {
        try (TestNode x = TestNode.start(dir.resolve("x"), 8, config(List.of()));
                TestNode m = TestNode.start(dir.resolve("m"), 8, config(List.of(x.address())));
                TestNode p = TestNode.start(dir.resolve("p"), 8, config(List.of(x.address(), m.address())))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> x.connectedPeers() == 2 && m.connectedPeers() == 2
                    && p.connectedPeers() == 2);
            String pad = "d".repeat(9_000);
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                x.mine(round + pad, 400);
                long start = System.nanoTime();
                try {
                    await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(10))
                            .until(() -> converged(List.of(x, m, p)));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError("round " + round + ": heights x " + x.height() + ", m " + m.height()
                            + ", p " + p.height() + ", queued x " + x.chain.queuedSubmissions() + "/"
                            + x.chain.queuedBlocks() + " m " + m.chain.queuedBlocks() + " p " + p.chain.queuedBlocks(), e);
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("RelayStallTest triangle rounds (ms to one tip after the burst): " + millis
                    + ", over-budget " + (m.counter("rantai.p2p.refused", "reason", "over-budget")
                            + p.counter("rantai.p2p.refused", "reason", "over-budget")));
            assertThat(millis).allMatch(ms -> ms < 5_000);
        }
    }

    private static boolean converged(List<TestNode> nodes) {
        String tip = nodes.get(0).tipHash();
        for (TestNode n : nodes) {
            if (!n.tipHash().equals(tip) || n.chain.queuedSubmissions() > 0 || n.chain.queuedBlocks() > 0) {
                return false;
            }
        }
        return true;
    }
}
