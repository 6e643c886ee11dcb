package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rantai.chain.Block;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aLateJoinerSyncsFiveThousandBlocksInBatches() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 0)) {
            a.mine("block ", 5000);
            assertThat(a.height()).isEqualTo(5000);
            long started = System.nanoTime();
            try (TestNode late = TestNode.start(dir.resolve("late"), 0, a.address())) {
                await().atMost(WAIT).until(() -> late.height() == 5000);
                System.out.printf("late joiner synced 5000 blocks in %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
                assertThat(late.tipHash()).isEqualTo(a.tipHash());
                assertThat(late.chain.verifyAll().valid()).isTrue();
                // 5,000 blocks need at least ten answers of at most 500 blocks.
                assertThat(late.counter("rantai.p2p.messages", "direction", "in", "type", "blocks"))
                        .isGreaterThanOrEqualTo(10);
            }
        }
    }

    @Test
    void partitionsThatBothMinedConvergeOnTheMostWorkAndKeepEveryAcknowledgedItem() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
                TestNode c = TestNode.start(dir.resolve("c"), 8);
                TestNode d = TestNode.start(dir.resolve("d"), 8, c.address())) {
            await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1 && c.p2p.status().peers() == 1);
            List<Block> acknowledged = new ArrayList<>();
            acknowledged.addAll(a.mine("left ", 3));
            // B mines on A's blocks: mined on an older tip they would make an equal-work fork, which stays.
            await().atMost(WAIT).until(() -> b.height() == 3);
            acknowledged.addAll(b.mine("left-b ", 2));
            acknowledged.addAll(c.mine("right ", 7));
            await().atMost(WAIT).until(() -> a.height() == 5 && d.height() == 7);
            assertThat(a.tipHash()).isNotEqualTo(c.tipHash());

            b.p2p.addPeer(d.address()).join();

            // The right half has more work: the left half reorganises onto it and mines its 5 items again.
            await().atMost(WAIT).until(() -> a.height() == 12 && b.height() == 12 && c.height() == 12
                    && d.height() == 12 && a.tipHash().equals(c.tipHash()) && b.tipHash().equals(d.tipHash())
                    && a.tipHash().equals(b.tipHash()));
            List<String> finalData = a.canonicalData();
            assertThat(finalData).containsExactlyInAnyOrderElementsOf(
                    acknowledged.stream().map(Block::data).toList());
            assertThat(finalData.subList(0, 7)).allMatch(d0 -> d0.startsWith("right "));
            assertThat(a.counter("rantai.chain.reorgs") + b.counter("rantai.chain.reorgs")).isPositive();
            for (TestNode n : List.of(a, b, c, d)) {
                assertThat(n.chain.verifyAll().valid()).isTrue();
                assertThat(n.canonicalData()).isEqualTo(finalData);
            }
        }
    }

    @Test
    void aRestartedNodeCatchesUpAndKeepsItsNodeId() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            String bId;
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                a.mine("before ", 5);
                await().atMost(WAIT).until(() -> b.height() == 5);
                bId = b.p2p.nodeId();
            }
            a.mine("while away ", 40);
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                assertThat(b.height()).isEqualTo(5);
                assertThat(b.p2p.nodeId()).isEqualTo(bId);
                await().atMost(WAIT).until(() -> b.height() == 45);
                assertThat(b.tipHash()).isEqualTo(a.tipHash());
            }
        }
    }

    @Test
    void aConfiguredPeerThatRestartsIsDialedAgain() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            int port = a.p2p.port();
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                await().atMost(WAIT).until(() -> b.p2p.status().peers() == 1);
                a.close();
                await().atMost(WAIT).until(() -> b.p2p.status().peers() == 0);
                try (TestNode again = TestNode.start(dir.resolve("a"), 8,
                        P2pConfig.loopback(List.of()).withPort(port))) {
                    again.mine("after restart");
                    await().atMost(WAIT).until(() -> b.height() == 1 && b.p2p.status().peers() == 1);
                }
            }
        }
    }
}
