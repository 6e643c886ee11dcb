package dev.rantai.chain;

import static dev.rantai.chain.AcceptResult.Outcome.DUPLICATE;
import static dev.rantai.chain.AcceptResult.Outcome.EXTENDED;
import static dev.rantai.chain.AcceptResult.Outcome.INVALID;
import static dev.rantai.chain.AcceptResult.Outcome.ORPHAN;
import static dev.rantai.chain.AcceptResult.Outcome.REORG;
import static dev.rantai.chain.AcceptResult.Outcome.SIDE_BRANCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;

/** Fork choice through ChainService: node A receives branches that node B (or C) mined. */
class ForkChoiceTest {
    @TempDir
    Path dir;
    TestNode a;
    TestNode b;

    @BeforeEach
    void startNodes() {
        a = TestNode.start(dir.resolve("a"));
        b = TestNode.start(dir.resolve("b"));
    }

    @AfterEach
    void stopNodes() {
        a.close();
        b.close();
    }

    private static List<String> hashes(List<StoredBlock> blocks) {
        return blocks.stream().map(StoredBlock::hash).toList();
    }

    private static List<String> blockHashes(List<Block> blocks) {
        return blocks.stream().map(Block::hash).toList();
    }

    private static final Block GENESIS = TestNode.RULES.genesis();

    /**
     * A branch on {@code parent}, one block per data. The block level with {@code rival} (a block
     * of the same height, so of equal work) gets a hash above the rival's: it loses the tie and
     * the node keeps the chain it has, whatever hashes mining happened to give.
     */
    private static List<Block> branch(Block parent, Block rival, String... data) {
        List<Block> out = new java.util.ArrayList<>();
        Block previous = parent;
        for (String d : data) {
            Block next = TestBlocks.child(previous, d);
            for (long ts = next.timestamp() + 1; next.index() == rival.index()
                    && next.hash().compareTo(rival.hash()) <= 0; ts++) {
                next = TestBlocks.mined(next.index(), ts, d, previous.hash(), previous.difficulty());
            }
            out.add(next);
            previous = next;
        }
        return out;
    }

    @Test
    void extendsTheTipWithABlockOnTopOfIt() {
        List<Block> mined = b.mine("b1", "b2");

        assertThat(a.feed(mined)).containsExactly(EXTENDED, EXTENDED);
        assertThat(a.chain.tip().hash()).isEqualTo(mined.get(1).hash());
        assertThat(a.chain.tip().work()).isEqualTo(BigInteger.valueOf(3 * 256));
        assertThat(a.store.canonicalTip().orElseThrow().source()).isEqualTo(BlockSource.PEER);
    }

    @Test
    void keepsABranchWithNoMoreWorkAsASideBranch() {
        Block a1 = a.mineOne("a1");
        Block b1 = branch(GENESIS, a1, "b1").get(0);

        assertThat(a.feed(List.of(b1))).containsExactly(SIDE_BRANCH);
        assertThat(a.chain.tip().hash()).isEqualTo(a1.hash());
        StoredBlock side = a.store.byHash(b1.hash()).orElseThrow();
        assertThat(a.store.isCanonical(side)).isFalse();
        assertThat(side.work()).isEqualTo(a.chain.tip().work());
    }

    @Test
    void onEqualWorkTheLowerTipHashWinsWhicheverArrivesFirst() {
        Block first = TestBlocks.child(GENESIS, "one");
        Block second = TestBlocks.child(GENESIS, "other");
        Block lower = first.hash().compareTo(second.hash()) < 0 ? first : second;

        a.feed(List.of(first, second));
        b.feed(List.of(second, first));

        // Two nodes that saw the same blocks in another order agree, so a network cannot stay split.
        assertThat(a.chain.tip().hash()).isEqualTo(lower.hash());
        assertThat(b.chain.tip().hash()).isEqualTo(lower.hash());
        assertThat(a.feed(List.of(lower == first ? second : first))).containsExactly(DUPLICATE);
        assertThat(a.chain.tip().hash()).isEqualTo(lower.hash());
    }

    @Test
    void switchesToTheBranchWithMoreWork() {
        Block a1 = a.mineOne("a1");
        List<Block> branch = branch(GENESIS, a1, "b1", "b2", "b3");

        assertThat(a.feed(branch)).containsExactly(SIDE_BRANCH, REORG, EXTENDED);
        assertThat(a.store.canonicalAt(3).orElseThrow().hash()).isEqualTo(branch.get(2).hash());
        assertThat(a.canonicalData()).startsWith("b1", "b2", "b3");
        assertThat(a.store.byHash(a1.hash())).isPresent();
        assertThat(a.chain.verifyAll().valid()).isTrue();
    }

    @Test
    void aReorgAcrossSeveralBlocksLeavesContiguousCanonicalHeights() {
        List<Block> local = a.mine("a1", "a2", "a3");
        List<Block> branch = branch(GENESIS, local.get(2), "b1", "b2", "b3", "b4", "b5");

        assertThat(a.feed(branch)).containsExactly(SIDE_BRANCH, SIDE_BRANCH, SIDE_BRANCH, REORG, EXTENDED);

        // a1 to a3 are mined again on top at once: wait for them, then every height is there once
        await().atMost(Duration.ofSeconds(20)).until(() -> a.chain.tip().height() == 8);
        assertThat(a.canonicalHeights()).containsExactlyElementsOf(LongStream.rangeClosed(0, 8).boxed().toList());
        assertThat(a.store.canonicalAscending(1, 5).stream().map(StoredBlock::hash).toList())
                .containsExactlyElementsOf(blockHashes(branch));
        assertThat(a.chain.verifyAll().valid()).isTrue();
    }

    @Test
    void aBatchThatFailsToStoreLeavesTheChainAsItWasEvenAfterItsReorg() {
        InstrumentedStore faulty = new InstrumentedStore(SqliteFiles.openStandalone(dir.resolve("c"), SyncMode.NORMAL));
        try (TestNode c = TestNode.startOn(dir.resolve("c"), faulty, TestNode.RULES, 1, System::currentTimeMillis,
                10)) {
            Block c1 = c.mineOne("c1");
            ChainTip before = c.chain.tip();
            List<Block> branch = branch(GENESIS, c1, "b1", "b2", "b3");
            faulty.failWhenStoring(branch.get(2).hash());

            // b2 reorganises the chain inside the batch, then storing b3 fails: all of it is rolled back
            assertThatThrownBy(() -> c.feed(branch)).hasRootCauseInstanceOf(StoreException.class);

            assertThat(c.chain.tip()).isEqualTo(before);
            assertThat(c.store.canonicalTip().orElseThrow().hash()).isEqualTo(c1.hash());
            assertThat(branch).noneMatch(blk -> c.store.contains(blk.hash()));
            assertThat(c.store.pendingData()).isEmpty();
            assertThat(c.changes).hasSize(1);
            faulty.failWhenStoring("");
            assertThat(c.feed(branch)).containsExactly(SIDE_BRANCH, REORG, EXTENDED);
        }
    }

    @Test
    void batchesThatWaitForTheWriterAreTakenInOneTransactionEachWithItsOwnResults() throws Exception {
        InstrumentedStore counting = new InstrumentedStore(SqliteFiles.openStandalone(dir.resolve("c"), SyncMode.NORMAL));
        try (TestNode c = TestNode.startOn(dir.resolve("c"), counting, TestNode.RULES, 1, System::currentTimeMillis,
                10)) {
            List<Block> mined = b.mine("b1", "b2", "b3", "b4");
            Block b4 = mined.get(3);
            Block forged = new Block(b4.index(), b4.timestamp(), "not what was mined", b4.previousHash(),
                    b4.difficulty(), b4.nonce(), b4.hash());
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // Holds the writer in the first batch's tip change, after its commit.
            c.chain.addListener(change -> {
                if (held.getCount() > 0) {
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, Runnable::run);
            try {
                CompletableFuture<List<AcceptResult>> first = c.chain.acceptAll(mined.subList(0, 1), BlockSource.PEER);
                assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
                long commits = counting.commits.get();
                CompletableFuture<List<AcceptResult>> second = c.chain.acceptAll(mined.subList(1, 3), BlockSource.PEER);
                CompletableFuture<List<AcceptResult>> third = c.chain.acceptAll(List.of(forged), BlockSource.PEER);
                CompletableFuture<List<AcceptResult>> fourth = c.chain.acceptAll(List.of(b4), BlockSource.PEER);
                assertThat(c.chain.queuedBlocks()).isEqualTo(4);
                release.countDown();

                assertThat(first.join()).extracting(AcceptResult::outcome).containsExactly(EXTENDED);
                assertThat(second.join()).extracting(AcceptResult::outcome).containsExactly(EXTENDED, EXTENDED);
                assertThat(third.join()).extracting(AcceptResult::outcome).containsExactly(INVALID);
                assertThat(fourth.join()).extracting(AcceptResult::outcome).containsExactly(EXTENDED);
                assertThat(counting.commits.get() - commits).as("commits after the first batch").isEqualTo(1);
                assertThat(c.chain.queuedBlocks()).isZero();
                assertThat(c.chain.tip().hash()).isEqualTo(b4.hash());
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void reportsABlockWithAnUnknownParentAsOrphanAndDoesNotStoreIt() {
        List<Block> branch = b.mine("b1", "b2");

        assertThat(a.feed(List.of(branch.get(1)))).containsExactly(ORPHAN);
        assertThat(a.store.contains(branch.get(1).hash())).isFalse();
        assertThat(a.chain.tip().height()).isZero();
    }

    @Test
    void reportsABlockItAlreadyHasAsDuplicate() {
        Block b1 = b.mineOne("b1");
        a.feed(List.of(b1));

        assertThat(a.feed(List.of(b1))).containsExactly(DUPLICATE);
        assertThat(a.feed(List.of(TestNode.RULES.genesis()))).containsExactly(DUPLICATE);
        assertThat(a.changes).hasSize(1);
    }

    @Test
    void reportsABlockThatBreaksARuleAsInvalidWithTheRule() {
        Block b1 = b.mineOne("b1");
        Block edited = new Block(b1.index(), b1.timestamp(), "edited", b1.previousHash(), b1.difficulty(), b1.nonce(),
                b1.hash());
        Block otherGenesis = Genesis.create(ChainParams.defaults(TestNode.DIFFICULTY + 1));
        Block wrongDifficulty = TestBlocks.mined(1, b1.timestamp(), "hard", b1.previousHash(),
                TestNode.DIFFICULTY + 1);

        List<AcceptResult> results = a.chain.acceptAll(List.of(edited, otherGenesis, wrongDifficulty),
                BlockSource.PEER).join();

        assertThat(results).extracting(AcceptResult::outcome).containsExactly(INVALID, INVALID, INVALID);
        assertThat(results).extracting(r -> r.violation().orElseThrow().rule())
                .containsExactly(Rule.HASH, Rule.GENESIS, Rule.DIFFICULTY);
        assertThat(a.store.contains(edited.hash())).isFalse();
        assertThat(a.store.contains(wrongDifficulty.hash())).isFalse();
        assertThat(a.chain.tip().height()).isZero();
    }

    @Test
    void publishesTheConnectedBlockWhenTheTipIsExtended() {
        ChainTip before = a.chain.tip();
        Block a1 = a.mineOne("a1");

        assertThat(a.changes).hasSize(1);
        TipChange change = a.changes.get(0);
        assertThat(change.previous()).isEqualTo(before);
        assertThat(change.current().hash()).isEqualTo(a1.hash());
        assertThat(hashes(change.connected())).containsExactly(a1.hash());
        assertThat(change.connected().get(0).source()).isEqualTo(BlockSource.LOCAL);
        assertThat(change.disconnected()).isEmpty();
        assertThat(change.isReorg()).isFalse();
    }

    @Test
    void publishesConnectedOldestFirstAndDisconnectedNewestFirstOnAReorg() {
        List<Block> local = a.mine("a1", "a2");
        ChainTip before = a.chain.tip();
        List<Block> branch = branch(GENESIS, local.get(1), "b1", "b2", "b3");
        a.changes.clear();

        a.feed(branch);

        TipChange reorg = a.changes.get(0);
        assertThat(reorg.isReorg()).isTrue();
        assertThat(reorg.previous()).isEqualTo(before);
        assertThat(reorg.current().hash()).isEqualTo(branch.get(2).hash());
        assertThat(reorg.current().work()).isEqualTo(BigInteger.valueOf(4 * 256));
        assertThat(hashes(reorg.connected())).containsExactlyElementsOf(blockHashes(branch));
        assertThat(hashes(reorg.disconnected())).containsExactly(local.get(1).hash(), local.get(0).hash());
    }

    @Test
    void aRunOfBlocksThatEachExtendTheTipIsOneChange() {
        ChainTip before = a.chain.tip();
        List<Block> mined = b.mine("b1", "b2", "b3");
        a.changes.clear();

        assertThat(a.feed(mined)).containsExactly(EXTENDED, EXTENDED, EXTENDED);

        assertThat(a.changes).hasSize(1);
        TipChange change = a.changes.get(0);
        assertThat(change.previous()).isEqualTo(before);
        assertThat(change.current().hash()).isEqualTo(mined.get(2).hash());
        assertThat(hashes(change.connected())).containsExactlyElementsOf(blockHashes(mined));
        assertThat(change.isReorg()).isFalse();
    }

    @Test
    void publishesOneChangePerMoveInABatch() {
        Block a1 = a.mineOne("a1");
        List<Block> branch = branch(GENESIS, a1, "b1", "b2", "b3");
        a.changes.clear();

        a.feed(branch);

        // b1 is a side branch (no event), b2 reorganises, b3 extends, then a1's data is mined again
        await().atMost(Duration.ofSeconds(20)).until(() -> a.changes.size() == 3);
        assertThat(a.changes.get(0).isReorg()).isTrue();
        assertThat(hashes(a.changes.get(0).connected())).containsExactlyElementsOf(blockHashes(branch.subList(0, 2)));
        assertThat(hashes(a.changes.get(1).connected())).containsExactly(branch.get(2).hash());
        assertThat(a.changes.get(1).disconnected()).isEmpty();
        assertThat(a.changes.get(2).connected()).extracting(c -> c.block().data()).containsExactly("a1");
    }

    @Test
    void minesTheDataOfDroppedLocalBlocksAgainOnTheNewTip() {
        a.mine("keep me", "and me");
        List<Block> branch = b.mine("b1", "b2", "b3");

        a.feed(branch);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(a.canonicalData()).containsExactly("b1", "b2", "b3", "keep me", "and me"));
        assertThat(a.store.canonicalTip().orElseThrow().source()).isEqualTo(BlockSource.LOCAL);
        assertThat(a.store.pendingData()).isEmpty();
        assertThat(a.chain.verifyAll().valid()).isTrue();
    }

    @Test
    void doesNotMineAgainTheDataOfPeerBlocksThatAReorgDrops() {
        List<Block> peerBranch = b.mine("from b");
        a.feed(peerBranch);
        try (TestNode c = TestNode.start(dir.resolve("c"))) {
            List<Block> heavier = c.mine("c1", "c2");
            a.feed(heavier);
        }
        Block marker = a.mineOne("marker");

        assertThat(a.canonicalData()).containsExactly("c1", "c2", "marker");
        assertThat(marker.index()).isEqualTo(3);
    }

    @Test
    void doesNotMineAgainWhenTheDroppedBlockComesBackInTheSameBatch() {
        Block a1 = a.mineOne("only once");
        List<Block> branch = branch(GENESIS, a1, "b1", "b2");
        // on a1 again: level with b2, it loses the tie; c3 then outweighs b2
        List<Block> comeback = branch(a1, branch.get(1), "c2", "c3");
        List<Block> batch = new java.util.ArrayList<>(branch);
        batch.addAll(comeback);

        assertThat(a.feed(batch)).containsExactly(SIDE_BRANCH, REORG, SIDE_BRANCH, REORG);

        assertThat(a.store.pendingData()).isEmpty();
        assertThat(a.chain.queuedSubmissions()).isZero();
        a.mineOne("after");
        assertThat(a.canonicalData()).containsExactly("only once", "c2", "c3", "after");
    }

    @Test
    void doesNotMineAgainWhenTheDroppedBlockComesBackWhileItsDataIsBeingMined() throws Exception {
        Block a1 = a.mineOne("only once");
        List<Block> branch = branch(GENESIS, a1, "b1", "b2");
        List<Block> comeback = branch(a1, branch.get(1), "c2", "c3", "c4");
        Gate writer = new Gate();
        a.chain.addListener(writer.holdingTheWriterAfterMining(block -> block.data().equals("only once")),
                Runnable::run);

        a.feed(branch);
        writer.awaitArrival();
        // the writer holds a block with the dropped data, mined on b2, when the dropped block's branch comes back
        assertThat(a.store.pendingData()).extracting(p -> p.droppedHash()).containsExactly(a1.hash());
        CompletableFuture<List<AcceptResult>> returned = a.chain.acceptAll(comeback, BlockSource.PEER);
        writer.open();
        returned.join();

        assertThat(a.chain.tip().hash()).isEqualTo(comeback.get(2).hash());
        assertThat(a.store.pendingData()).isEmpty();
        a.mineOne("after");
        assertThat(a.canonicalData()).containsExactly("only once", "c2", "c3", "c4", "after");
    }
}
