package dev.rantai.chain;

import static dev.rantai.chain.AcceptResult.Outcome.ORPHAN;
import static dev.rantai.chain.AcceptResult.Outcome.REORG;
import static dev.rantai.chain.AcceptResult.Outcome.SIDE_BRANCH;
import static dev.rantai.chain.AcceptResult.Outcome.SIDE_BRANCH_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;

/**
 * Side branches cost a bounded part of the store: a branch that forks deeper than the allowed
 * reorg depth is refused, side blocks that fall that far behind are deleted, and past the budget
 * the oldest side blocks go. Reorgs within the depth still work, and blocks mined here are kept.
 */
class SideBranchTest {
    private static final Block GENESIS = TestNode.RULES.genesis();

    @TempDir
    Path dir;

    private TestNode node(SideBranchPolicy policy) {
        Path at = dir.resolve("node");
        ChainService chain = new ChainService(SqliteFiles.openStandalone(at, SyncMode.NORMAL), TestNode.RULES,
                new ProofOfWork(1), System::currentTimeMillis, 100, policy);
        return TestNode.startWith(at, chain);
    }

    /** {@code count} blocks on {@code parent}, each with {@code prefix}, its height and {@code padding} bytes more. */
    private static List<Block> branch(Block parent, String prefix, int count, int padding) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parent = TestBlocks.child(parent, prefix + (parent.index() + 1) + "x".repeat(padding));
            out.add(parent);
        }
        return out;
    }

    @Test
    void refusesASideBlockWhoseBranchForksDeeperThanTheAllowedReorgDepth() {
        try (TestNode n = node(new SideBranchPolicy(3, 1 << 20))) {
            List<Block> local = n.mine("a1", "a2", "a3", "a4", "a5");
            Block tooDeep = TestBlocks.child(GENESIS, "from the genesis");
            Block withinDepth = TestBlocks.child(local.get(1), "on a2");

            assertThat(n.feed(List.of(tooDeep, withinDepth))).containsExactly(SIDE_BRANCH_REFUSED, SIDE_BRANCH);

            assertThat(n.store.contains(tooDeep.hash())).isFalse();
            assertThat(n.store.contains(withinDepth.hash())).isTrue();
        }
    }

    @Test
    void aBranchThatForksDeeperThanAllowedIsNeverTakenEvenWithMoreWork() {
        try (TestNode n = node(new SideBranchPolicy(3, 1 << 20))) {
            n.mine("a1", "a2", "a3", "a4", "a5");
            ChainTip before = n.chain.tip();
            List<Block> heavier = branch(GENESIS, "b", 8, 0);

            List<AcceptResult.Outcome> outcomes = n.feed(heavier);

            assertThat(outcomes.get(0)).isEqualTo(SIDE_BRANCH_REFUSED);
            assertThat(outcomes.subList(1, 8)).containsOnly(ORPHAN);
            assertThat(n.chain.tip()).isEqualTo(before);
            assertThat(heavier).noneMatch(b -> n.store.contains(b.hash()));
        }
    }

    @Test
    void aReorgWithinTheAllowedDepthIsTakenAsBefore() {
        try (TestNode n = node(new SideBranchPolicy(3, 1 << 20))) {
            List<Block> local = n.mine("a1", "a2", "a3", "a4", "a5");
            // forks at a2, three below the tip: the deepest reorg allowed
            List<Block> heavier = branch(local.get(1), "b", 4, 0);

            assertThat(n.feed(heavier)).contains(REORG);

            assertThat(n.store.canonicalAt(6).orElseThrow().hash()).isEqualTo(heavier.get(3).hash());
            // a3 to a5 are mined again on the new tip
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(n.canonicalData())
                    .containsExactly("a1", "a2", "b3", "b4", "b5", "b6", "a3", "a4", "a5"));
        }
    }

    @Test
    void sideBlocksThatFallFurtherBehindThanTheReorgDepthAreDeleted() {
        try (TestNode n = node(new SideBranchPolicy(3, 1 << 20))) {
            List<Block> local = n.mine("a1", "a2", "a3");
            Block side = TestBlocks.child(local.get(0), "side at 2");
            assertThat(n.feed(List.of(side))).containsExactly(SIDE_BRANCH);
            assertThat(n.store.sideBytes()).isPositive();

            n.mineOne("a4");
            assertThat(n.store.contains(side.hash())).as("forks three below the tip of 4: within reach").isTrue();
            n.mineOne("a5");

            assertThat(n.store.contains(side.hash())).as("forks four below the tip of 5: gone").isFalse();
            assertThat(n.store.sideBytes()).isZero();
        }
    }

    @Test
    void pastTheBudgetTheOldestSideBlocksAreDeletedAndTheStoreStopsGrowing() {
        int blockBytes = 60_000;
        long budget = 1 << 20;
        try (TestNode n = node(new SideBranchPolicy(10_000, budget))) {
            n.mine("a1", "a2");
            List<Block> flood = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                // siblings at height 1, each with 60 KB of data: none can win
                Block side = TestBlocks.child(GENESIS, i + "y".repeat(blockBytes));
                flood.add(side);
                assertThat(n.feed(List.of(side))).containsExactly(SIDE_BRANCH);
            }

            long perBlock = blockBytes + 2 + SideBranchPolicy.FIXED_BYTES;
            assertThat(n.store.sideBytes()).isLessThanOrEqualTo(budget + perBlock);
            long kept = flood.stream().filter(b -> n.store.contains(b.hash())).count();
            assertThat(kept).isBetween(budget / perBlock, budget / perBlock + 1);
            // the newest are kept, the oldest deleted
            assertThat(flood.subList(0, 40)).noneMatch(b -> n.store.contains(b.hash()));
            assertThat(flood.get(59).hash()).satisfies(h -> assertThat(n.store.contains(h)).isTrue());
            assertThat(n.chain.tip().height()).isEqualTo(2);
        }
    }

    @Test
    void aBranchWhoseSideBlocksWereDeletedIsAnOrphanUntilItIsSentAgainWhole() {
        try (TestNode n = node(new SideBranchPolicy(10_000, 0))) {
            List<Block> local = n.mine("a1", "a2", "a3");
            List<Block> heavier = branch(GENESIS, "b", 5, 0);

            // one block per transaction: with no budget each side block goes at the next commit
            for (Block b : heavier.subList(0, 3)) {
                n.feed(List.of(b));
            }
            assertThat(n.feed(heavier.subList(3, 5))).containsOnly(ORPHAN);
            assertThat(n.store.canonicalTip().orElseThrow().hash()).isEqualTo(local.get(2).hash());

            // the branch in one batch: its side blocks stay until the batch commits, and it wins
            assertThat(n.feed(heavier)).contains(REORG);
            assertThat(n.store.canonicalAt(5).orElseThrow().hash()).isEqualTo(heavier.get(4).hash());
            await().atMost(Duration.ofSeconds(20)).until(() -> n.chain.tip().height() == 8);
            assertThat(n.store.sideBytes()).isZero();
        }
    }

    @Test
    void blocksMinedHereThatAReorgDropsAreKeptWhateverTheBudgetAndTheirDataEndsOnTheChainOnce() {
        try (TestNode n = node(new SideBranchPolicy(2, 0))) {
            Block mine = n.mineOne("d");
            n.feed(branch(GENESIS, "x", 2, 0));
            await().atMost(Duration.ofSeconds(20)).until(() -> n.chain.tip().height() == 3);
            n.mine("after 1", "after 2", "after 3");

            assertThat(n.store.byHash(mine.hash())).isPresent();
            assertThat(n.store.isCanonical(n.store.byHash(mine.hash()).get())).isFalse();
            assertThat(Collections.frequency(n.canonicalData(), "d")).isEqualTo(1);
            assertThat(n.store.pendingData()).isEmpty();
        }
    }
}
