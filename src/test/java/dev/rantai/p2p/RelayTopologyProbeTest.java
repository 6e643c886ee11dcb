package dev.rantai.p2p;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.peer.PeerAddress;

/** Honest topologies with bursting miners: time to one tip after each burst, and peers cut off. */
class RelayTopologyProbeTest {
    @TempDir
    Path dir;

    private static P2pConfig config(List<PeerAddress> peers) {
        return P2pConfig.loopback(peers).withLimits(32, 0, 1 << 20).withBackoff(Duration.ofMillis(50),
                Duration.ofMillis(300));
    }

    private List<TestNode> ring(int n) {
        List<TestNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<PeerAddress> peers = i == 0 ? List.of() : new ArrayList<>(List.of(nodes.get(i - 1).address()));
            if (i == n - 1 && n > 2) {
                peers = List.of(nodes.get(i - 1).address(), nodes.get(0).address());
            }
            nodes.add(TestNode.start(dir.resolve("n" + i), 8, config(peers)));
        }
        return nodes;
    }

    private List<TestNode> line(int n) {
        List<TestNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<PeerAddress> peers = i == 0 ? List.of() : List.of(nodes.get(i - 1).address());
            nodes.add(TestNode.start(dir.resolve("n" + i), 8, config(peers)));
        }
        return nodes;
    }

    private void run(String name, List<TestNode> nodes, int links, boolean twoMiners) {
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> nodes.stream().mapToLong(TestNode::connectedPeers).sum() == 2 * links);
            String pad = "d".repeat(9_000);
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                int r = round;
                if (twoMiners) {
                    TestNode a = nodes.get(0);
                    TestNode b = nodes.get(nodes.size() / 2);
                    CompletableFuture<?> fa = CompletableFuture.runAsync(() -> a.mine("a" + r + pad, 200));
                    CompletableFuture<?> fb = CompletableFuture.runAsync(() -> b.mine("b" + r + pad, 200));
                    fa.join();
                    fb.join();
                } else {
                    nodes.get(0).mine(round + pad, 400);
                }
                long start = System.nanoTime();
                try {
                    await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(10)).until(() -> converged(nodes));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    StringBuilder h = new StringBuilder();
                    for (TestNode n : nodes) {
                        h.append(n.height()).append('/').append(n.tipHash(), 0, 6).append(' ');
                    }
                    System.out.println("PROBE " + name + " round " + round + " STUCK heights " + h);
                    millis.add(-1L);
                    break;
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            StringBuilder per = new StringBuilder();
            for (TestNode n : nodes) {
                per.append(n.counter("rantai.p2p.refused", "reason", "over-budget")).append(' ');
            }
            System.out.println("PROBE " + name + " over-budget per node " + per);
            double over = 0;
            double orphansSent = 0;
            for (TestNode n : nodes) {
                over += n.counter("rantai.p2p.refused", "reason", "over-budget");
            }
            long conn = nodes.stream().mapToLong(TestNode::connectedPeers).sum();
            System.out.println("PROBE " + name + " ms per round " + millis + " over-budget " + over + " links " + conn / 2
                    + "/" + links);
        } finally {
            for (TestNode n : nodes) {
                n.close();
            }
        }
    }

    @Test
    void ringOfFive() {
        run("ring5", ring(5), 5, false);
    }

    @Test
    void lineOfFour() {
        run("line4", line(4), 3, false);
    }

    @Test
    void ringOfFiveTwoMiners() {
        run("ring5-two-miners", ring(5), 5, true);
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
