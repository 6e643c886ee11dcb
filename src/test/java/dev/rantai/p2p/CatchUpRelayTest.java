package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node catching up from two peers far ahead takes the chain in many tip changes (answers of a
 * few hundred blocks): it does not announce the blocks it syncs to the peers that are ahead of it,
 * so neither charges it for blocks far below its tip, and it stays connected to both. A node following
 * a miner reaches its tip however announcements and sync answers cross.
 */
class CatchUpRelayTest {
    private static final int BLOCKS = Gossip.RECENT_BLOCKS + 1_000;

    @TempDir
    Path dir;

    @Test
    void aNodeCatchingUpIsNotChargedByThePeersAheadOfIt() {
        try (TestNode x = TestNode.start(dir.resolve("x"), 8, P2pConfig.loopback(List.of()))) {
            // data large enough that a sync answer (a frame) holds about a hundred blocks, each announced one by one
            String pad = "d".repeat(9_000);
            for (int i = 0; i < BLOCKS; i += 500) {
                x.mine(i + pad, Math.min(500, BLOCKS - i));
            }
            try (TestNode q = TestNode.start(dir.resolve("q"), 8, x.address())) {
                await().atMost(Duration.ofSeconds(120)).until(() -> q.height() == BLOCKS);
                try (TestNode p = TestNode.start(dir.resolve("p"), 8, x.address(), q.address())) {
                    await().atMost(Duration.ofSeconds(120)).until(() -> p.height() == BLOCKS);
                    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                            .until(() -> x.counter("rantai.p2p.refused", "reason", "over-budget")
                                    + q.counter("rantai.p2p.refused", "reason", "over-budget") == 0
                                    && p.connectedPeers() == 2);
                    assertThat(p.connectedPeers()).isEqualTo(2);
                }
            }
        }
    }

    /**
     * A follower connected while the miner commits 500 blocks at a time takes them by announcements
     * and sync answers at once: the reasons to ask, the answers and the blocks being stored cross each
     * other, and the follower once stopped short of the tip with no request out and nothing left to wake
     * it (about one run in eight). Each crossing is also checked step by step in {@link SyncProgressTest}.
     * When the miner's send queue to it fills, the follower misses blocks; it is then sent the newest
     * block once and fetches the rest, not every block after the gap as an orphan (on a busy machine
     * those once ran past its budget, and it cut the miner off: {@link UnconnectedAnnouncementTest}).
     */
    @RepeatedTest(5)
    void aNodeFollowingAMinerThatCommitsInBurstsReachesItsTip() {
        try (TestNode x = TestNode.start(dir.resolve("x"), 8, P2pConfig.loopback(List.of()));
                TestNode q = TestNode.start(dir.resolve("q"), 8, x.address())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> q.connectedPeers() == 1);
            String pad = "d".repeat(9_000);
            for (int i = 0; i < BLOCKS; i += 500) {
                x.mine(i + pad, Math.min(500, BLOCKS - i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> q.height() == BLOCKS);
            // the orphans it took while behind were what its sync brought: nobody was charged for them
            assertThat(x.counter("rantai.p2p.refused", "reason", "over-budget")
                    + q.counter("rantai.p2p.refused", "reason", "over-budget")).isZero();
            assertThat(q.connectedPeers()).isEqualTo(1);
        }
    }
}
