package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.SyncMode;

/** What a restart finds in chain.db: the same tip, or a clear refusal when the file was changed behind the node. */
class ChainStoreTest {
    @TempDir
    Path dir;

    /** Mines {@code count} blocks in one burst and returns the tip hash. */
    private String mineChain(Path at, int count) {
        try (TestNode node = TestNode.start(at)) {
            List<CompletableFuture<Block>> blocks = IntStream.rangeClosed(1, count)
                    .mapToObj(i -> node.chain.submit("block " + i)).toList();
            blocks.forEach(CompletableFuture::join);
            assertThat(node.chain.tip().height()).isEqualTo(count);
            return node.chain.tip().hash();
        }
    }

    /** Edits chain.db with plain SQL, as someone with the file and the sqlite3 shell could. */
    private void tamper(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteFiles.jdbcUrl(dir));
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertThat(s.executeUpdate()).as("rows changed by " + sql).isPositive();
        }
    }

    private StoreException startFails() {
        return org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> TestNode.start(dir).close());
    }

    @Test
    void restartKeepsTheTipAndReadsOnlyTheTipRegion() {
        String tip = mineChain(dir, 600);

        InstrumentedStore counting = new InstrumentedStore(SqliteFiles.openStandalone(dir, SyncMode.NORMAL));
        try (TestNode node = TestNode.startOn(dir, counting, TestNode.RULES, 1, System::currentTimeMillis, 100)) {
            assertThat(node.chain.tip().hash()).isEqualTo(tip);
            assertThat(node.chain.tip().height()).isEqualTo(600);
            // the tip, the block below the verified region and the verified region itself
            assertThat(counting.blocksRead.get()).isLessThanOrEqualTo(ChainOpener.VERIFY_AT_START + 2);
        }
    }

    @Test
    void refusesAStoreWhoseBlockDataWasEditedNearTheTip() throws SQLException {
        mineChain(dir, 10);
        tamper("UPDATE block SET data = 'forged' WHERE hash = (SELECT hash FROM canonical WHERE height = 7)");

        StoreException e = startFails();

        assertThat(e.getMessage()).contains("failed verification at height 7", Rule.HASH.id() + ": ",
                "restore it from a backup");
    }

    @Test
    void refusesAStoreWhoseBlockHashWasReplacedNearTheTip() throws SQLException {
        mineChain(dir, 10);
        String forged = "00" + "ab".repeat(31);
        tamper("UPDATE block SET hash = ? WHERE hash = (SELECT hash FROM canonical WHERE height = 9)", forged);
        tamper("UPDATE canonical SET hash = ? WHERE height = 9", forged);

        StoreException e = startFails();

        assertThat(e.getMessage()).contains("failed verification at height 9", "hash: hash is " + forged);
    }

    @Test
    void refusesAStoreWhoseTipNamesABlockThatIsNotStored() throws SQLException {
        mineChain(dir, 10);
        tamper("UPDATE block SET hash = ? WHERE hash = (SELECT hash FROM canonical WHERE height = 10)",
                "00" + "cd".repeat(31));

        StoreException e = startFails();

        assertThat(e.getMessage()).contains("failed verification", "canonical heights above 9");
    }

    @Test
    void refusesAStoreWithACanonicalHeightDeleted() throws SQLException {
        mineChain(dir, 10);
        tamper("DELETE FROM canonical WHERE height = 5");

        StoreException e = startFails();

        assertThat(e.getMessage()).contains("failed verification at height 5",
                "canonical height 5 is missing (next stored is 6)");
    }

    @Test
    void refusesAStoreWhoseRecordedWorkWasChanged() throws SQLException {
        mineChain(dir, 10);
        tamper("UPDATE block SET work = ? WHERE hash = (SELECT hash FROM canonical WHERE height = 10)",
                Work.toHex(java.math.BigInteger.ONE.shiftLeft(100)));

        StoreException e = startFails();

        assertThat(e.getMessage()).contains("failed verification at height 10", "recorded chain work");
    }

    @Test
    void refusesAStoreOfAnotherDifficulty() {
        mineChain(dir, 1);
        ChainParams other = ChainParams.defaults(TestNode.DIFFICULTY + 1);
        BlockRules otherRules = new BlockRules(other, Genesis.create(other));

        assertThatThrownBy(() -> TestNode.start(dir, otherRules, 1, System::currentTimeMillis, 10).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("belongs to the network with genesis " + TestNode.RULES.genesis().hash())
                .hasMessageContaining("(difficulty 8)")
                .hasMessageContaining("this node's settings give " + otherRules.genesis().hash() + " (difficulty 9)")
                .hasMessageContaining("rantai.data-dir");
    }

    @Test
    void refusesAStoreOfAnotherGenesisData() {
        mineChain(dir, 1);
        ChainParams other = new ChainParams(TestNode.DIFFICULTY, "Another Genesis", 65536, Duration.ofMinutes(2));
        BlockRules otherRules = new BlockRules(other, Genesis.create(other));

        assertThatThrownBy(() -> TestNode.start(dir, otherRules, 1, System::currentTimeMillis, 10).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("belongs to the network with genesis " + TestNode.RULES.genesis().hash());
    }

    @Test
    void refusesAStoreWithBlocksButNoNetworkRecord() throws SQLException {
        mineChain(dir, 1);
        tamper("DELETE FROM meta");

        assertThat(startFails().getMessage()).contains("holds blocks but no network record");
    }

    @Test
    void verifyAllFindsTamperingDeeperThanTheStartCheckReaches() throws SQLException {
        mineChain(dir, ChainOpener.VERIFY_AT_START + 50);
        tamper("UPDATE block SET data = 'forged' WHERE hash = (SELECT hash FROM canonical WHERE height = 5)");

        try (TestNode node = TestNode.start(dir)) {
            VerificationReport report = node.chain.verifyAll();

            assertThat(report.valid()).isFalse();
            assertThat(report.failedHeight()).contains(5L);
            assertThat(report.problem().orElseThrow()).startsWith(Rule.HASH.id() + ": ");
            assertThat(report.blocksChecked()).isEqualTo(5);
        }
    }

    @Test
    void verifyAllChecksEveryBlockOfAnIntactChain() {
        mineChain(dir, 20);

        try (TestNode node = TestNode.start(dir)) {
            VerificationReport report = node.chain.verifyAll();

            assertThat(report.valid()).isTrue();
            assertThat(report.blocksChecked()).isEqualTo(21);
            assertThat(report.fromHeight()).isZero();
            assertThat(report.toHeight()).isEqualTo(20);
            assertThat(report.failedHeight()).isEmpty();
        }
    }

    @Test
    void dataOfADroppedBlockIsMinedAgainAfterARestart() throws Exception {
        Path aDir = dir.resolve("a");
        List<Block> branch;
        try (TestNode b = TestNode.start(dir.resolve("b"))) {
            branch = b.mine("b1", "b2");
        }
        Block dropped;
        try (TestNode a = TestNode.start(aDir)) {
            dropped = a.mineOne("survives a restart");
            Gate miner = new Gate();
            a.chain.addListener(miner.holdingTheWriterAfterMining(block -> true), Runnable::run);
            a.feed(branch);
            miner.awaitArrival();
            // closing while the data is mined again: the held block must not be committed
        }
        try (ChainStore store = SqliteFiles.openStandalone(aDir, SyncMode.NORMAL)) {
            assertThat(store.pendingData()).extracting(PendingData::data, PendingData::droppedHash)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("survives a restart", dropped.hash()));
            assertThat(store.canonicalTip().orElseThrow().hash()).isEqualTo(branch.get(1).hash());
        }

        try (TestNode a = TestNode.start(aDir)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(
                    () -> assertThat(a.canonicalData()).containsExactly("b1", "b2", "survives a restart"));
            assertThat(a.store.pendingData()).isEmpty();
        }
    }
}
