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
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.peer.PeerAddress;

/**
 * Ten complete nodes on loopback, each dialling three random others through links the test can
 * cut: data submitted at random nodes while the network splits and heals ends, on every node, on
 * the canonical chain exactly once (nothing lost, nothing doubled), whatever the reorgs did.
 */
class ExactlyOnceNetworkTest {
    private static final int NODES = 10;
    private static final int PEERS_EACH = 3;
    private static final int SUBMISSIONS = 300;
    private static final long SUBMIT_EVERY_MILLIS = 10;
    private static final int DIFFICULTY = 4;

    @TempDir
    Path dir;

    static P2pConfig config(List<PeerAddress> peers) {
        // No learned addresses (they would go around the links); a quick redial once a link heals.
        return P2pConfig.loopback(peers).withLimits(32, 0, 1 << 20).withBackoff(Duration.ofMillis(50),
                Duration.ofMillis(300));
    }

    @Test
    void everyAcknowledgedDatumEndsOnTheCanonicalChainExactlyOnceAfterPartitionsAndHeals() throws Exception {
        long seed = Long.getLong("rantai.test.seed", System.nanoTime());
        System.out.println("ExactlyOnceNetworkTest seed " + seed + " (-Drantai.test.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        List<int[]> links = randomTopology(random);
        List<LinkProxy> proxies = new ArrayList<>();
        List<TestNode> nodes = new ArrayList<>();
        ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor();
        try {
            Map<Integer, List<PeerAddress>> dials = new HashMap<>();
            for (int[] link : links) {
                LinkProxy proxy = new LinkProxy();
                proxies.add(proxy);
                dials.computeIfAbsent(link[0], k -> new ArrayList<>()).add(proxy.address());
            }
            for (int i = 0; i < NODES; i++) {
                nodes.add(TestNode.start(dir.resolve("n" + i), DIFFICULTY,
                        config(dials.getOrDefault(i, List.of()))));
            }
            for (int l = 0; l < links.size(); l++) {
                proxies.get(l).target(nodes.get(links.get(l)[1]).p2p.port());
                proxies.get(l).heal();
            }

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<CompletableFuture<Block>> submitted = new ArrayList<>();
            for (int k = 0; k < SUBMISSIONS; k++) {
                TestNode at = nodes.get(random.nextInt(NODES));
                String data = "datum " + k + " at node " + nodes.indexOf(at);
                CompletableFuture<Block> done = new CompletableFuture<>();
                submitted.add(done);
                driver.schedule(() -> at.chain.submit(data).whenComplete((b, e) -> {
                    if (e == null) {
                        acknowledged.add(data);
                        done.complete(b);
                    } else {
                        done.completeExceptionally(e);
                    }
                }), k * SUBMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            }
            // Splits into two or three groups, each followed by a heal, while the data comes in.
            long span = SUBMISSIONS * SUBMIT_EVERY_MILLIS;
            for (long at = span / 8; at < span; at += span / 4) {
                int groups = 2 + random.nextInt(2);
                int[] groupOf = random.ints(NODES, 0, groups).toArray();
                driver.schedule(() -> partition(links, proxies, groupOf), at, TimeUnit.MILLISECONDS);
                driver.schedule(() -> proxies.forEach(LinkProxy::heal), at + span / 8, TimeUnit.MILLISECONDS);
            }
            CompletableFuture.allOf(submitted.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(60, TimeUnit.SECONDS);
            driver.schedule(() -> proxies.forEach(LinkProxy::heal), 0, TimeUnit.MILLISECONDS).get();
            assertThat(acknowledged).hasSizeGreaterThan(SUBMISSIONS * 9 / 10);

            awaitConverged(nodes, Duration.ofSeconds(60), "one tip everywhere");

            for (TestNode node : nodes) {
                List<String> data = node.canonicalData();
                Map<String, Integer> count = new HashMap<>();
                data.forEach(d -> count.merge(d, 1, Integer::sum));
                List<String> doubled = count.entrySet().stream().filter(e -> e.getValue() > 1)
                        .map(e -> e.getKey() + " x" + e.getValue()).sorted().toList();
                assertThat(doubled).as("data on the canonical chain of node %d more than once (seed %d)",
                        nodes.indexOf(node), seed).isEmpty();
                assertThat(new HashSet<>(data)).as("canonical data of node %d (seed %d)", nodes.indexOf(node), seed)
                        .containsAll(acknowledged);
                assertThat(node.chain.verifyAll().valid()).isTrue();
            }
        } finally {
            driver.shutdownNow();
            proxies.forEach(LinkProxy::cut);
            for (TestNode node : nodes) {
                node.close();
            }
            proxies.forEach(LinkProxy::close);
        }
    }

    /** Each node dials {@link #PEERS_EACH} distinct others; drawn again until the graph is connected. */
    private static List<int[]> randomTopology(Random random) {
        while (true) {
            List<int[]> links = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                List<Integer> others = new ArrayList<>();
                for (int j = 0; j < NODES; j++) {
                    if (j != i) {
                        others.add(j);
                    }
                }
                java.util.Collections.shuffle(others, random);
                for (int j : others.subList(0, PEERS_EACH)) {
                    links.add(new int[] { i, j });
                }
            }
            if (connected(links)) {
                return links;
            }
        }
    }

    private static boolean connected(List<int[]> links) {
        Set<Integer> reached = new HashSet<>(List.of(0));
        for (boolean grew = true; grew;) {
            grew = false;
            for (int[] l : links) {
                if (reached.contains(l[0]) != reached.contains(l[1])) {
                    reached.add(l[0]);
                    reached.add(l[1]);
                    grew = true;
                }
            }
        }
        return reached.size() == NODES;
    }

    private static void partition(List<int[]> links, List<LinkProxy> proxies, int[] groupOf) {
        for (int l = 0; l < links.size(); l++) {
            if (groupOf[links.get(l)[0]] != groupOf[links.get(l)[1]]) {
                proxies.get(l).cut();
            }
        }
    }

    /**
     * Waits until {@link #converged} has held for {@link #SETTLED}: one look reads each node's tip, queues
     * and pending rows one after the other, not as one state, so a node that commits between them (its
     * re-mined copies: the tip it had, and no pending row any more) can pass a single look with work still
     * to announce.
     */
    static void awaitConverged(List<TestNode> nodes, Duration atMost, String alias) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(20)).during(SETTLED).alias(alias)
                .until(() -> converged(nodes));
    }

    /** How long the network must look settled before its chains are compared. */
    private static final Duration SETTLED = Duration.ofMillis(200);

    /** One tip everywhere, nothing waiting to be mined or stored anywhere. */
    static boolean converged(List<TestNode> nodes) {
        String tip = nodes.get(0).tipHash();
        for (TestNode n : nodes) {
            if (!n.tipHash().equals(tip) || n.chain.queuedSubmissions() > 0 || n.chain.queuedBlocks() > 0
                    || !n.store.pendingData().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
