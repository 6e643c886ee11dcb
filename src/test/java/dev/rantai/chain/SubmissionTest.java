package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;

/** submit(): mining on a moving tip, a full queue, and a node that stops while data waits. */
class SubmissionTest {
    @TempDir
    Path dir;

    /**
     * The wall clock, except that the writer's first reading waits at the gate: with nothing received,
     * that is the timestamp of the first block it mines, before its proof of work.
     */
    private static LongSupplier clockHoldingTheMiner(Gate gate) {
        return () -> {
            if (Thread.currentThread().getName().equals(ChainWriter.THREAD_NAME)) {
                gate.pass();
            }
            return System.currentTimeMillis();
        };
    }

    private static Throwable failure(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        return future.handle((v, e) -> e instanceof CompletionException c ? c.getCause() : e).join();
    }

    @Test
    void restartsMiningOnTheNewTipWhenACompetingBlockArrivesAndStillCompletes() throws Exception {
        ChainParams params = ChainParams.defaults(16);
        BlockRules rules = new BlockRules(params, Genesis.create(params));
        Block competing;
        try (TestNode b = TestNode.start(dir.resolve("b"), rules, 1, System::currentTimeMillis, 10)) {
            competing = b.mineOne("competing");
        }
        Gate gate = new Gate();
        try (TestNode a = TestNode.start(dir.resolve("a"), rules, 2, clockHoldingTheMiner(gate), 10)) {
            CompletableFuture<Block> submitted = a.chain.submit("mine me");
            gate.awaitArrival();
            // the writer took the job on the genesis; a peer's block arrives before the proof of work is found
            CompletableFuture<AcceptResult> accepted = a.chain.accept(competing, BlockSource.PEER);
            gate.open();
            assertThat(accepted.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(AcceptResult.Outcome.EXTENDED);

            Block mined = submitted.get(30, TimeUnit.SECONDS);

            assertThat(mined.index()).isEqualTo(2);
            assertThat(mined.previousHash()).isEqualTo(competing.hash());
            assertThat(Hashes.leadingZeroBits(Hashes.parseHash(mined.hash()))).isGreaterThanOrEqualTo(16);
            assertThat(a.chain.tip().hash()).isEqualTo(mined.hash());
            assertThat(blocksWithData(dir.resolve("a"), "mine me")).isEqualTo(1);
        }
    }

    @Test
    void minesWithSeveralThreadsIntoAValidChain() {
        ChainParams params = ChainParams.defaults(14);
        BlockRules rules = new BlockRules(params, Genesis.create(params));
        try (TestNode node = TestNode.start(dir, rules, 2, System::currentTimeMillis, 10)) {
            List<Block> mined = node.mine("one", "two", "three");

            assertThat(mined).extracting(Block::index).containsExactly(1L, 2L, 3L);
            assertThat(node.chain.verifyAll().valid()).isTrue();
        }
    }

    @Test
    void refusesSubmissionsBeyondTheQueueLimitAsUnavailable() throws Exception {
        Gate gate = new Gate();
        try (TestNode node = TestNode.start(dir, TestNode.RULES, 1, clockHoldingTheMiner(gate), 2)) {
            CompletableFuture<Block> first = node.chain.submit("first");
            gate.awaitArrival();
            List<CompletableFuture<Block>> queued = List.of(node.chain.submit("q1"), node.chain.submit("q2"));

            CompletableFuture<Block> refused = node.chain.submit("q3");

            assertThat(failure(refused)).isInstanceOf(ChainUnavailableException.class)
                    .hasMessageContaining("2 submissions are already waiting");
            assertThat(node.chain.queuedSubmissions()).isEqualTo(2);
            gate.open();
            first.get(30, TimeUnit.SECONDS);
            for (CompletableFuture<Block> f : queued) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(node.mineOne("room again").index()).isEqualTo(4);
        }
    }

    @Test
    void closeFailsWaitingSubmissionsAndStoresNoneOfThem() throws Exception {
        Gate gate = new Gate();
        TestNode node = TestNode.start(dir, TestNode.RULES, 1, clockHoldingTheMiner(gate), 100);
        List<CompletableFuture<Block>> submitted = new java.util.ArrayList<>();
        submitted.add(node.chain.submit("being mined"));
        gate.awaitArrival();
        submitted.add(node.chain.submit("waiting 1"));
        submitted.add(node.chain.submit("waiting 2"));

        node.close();

        for (CompletableFuture<Block> f : submitted) {
            assertThat(failure(f)).isInstanceOf(ChainUnavailableException.class)
                    .hasMessageContaining("not stored");
        }
        assertThat(failure(node.chain.submit("too late"))).isInstanceOf(ChainUnavailableException.class);
        try (var store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL)) {
            assertThat(store.canonicalTip().orElseThrow().height()).isZero();
        }
    }

    @Test
    void refusesDataThatBreaksARuleBeforeMiningIt() {
        try (TestNode node = TestNode.start(dir)) {
            assertThat(failure(node.chain.submit(""))).isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).violation().rule()).isEqualTo(Rule.DATA_EMPTY);
            assertThat(failure(node.chain.submit("x".repeat(65537))))
                    .extracting(e -> ((RuleViolationException) e).violation().rule())
                    .isEqualTo(Rule.DATA_TOO_LARGE);
            assertThat(failure(node.chain.submit("\uD800"))).hasMessageStartingWith("data-not-utf8: ");
            assertThat(node.chain.queuedSubmissions()).isZero();
        }
    }

    @Test
    void acceptRefusesWorkOnceTheChainIsClosed() {
        TestNode node = TestNode.start(dir);
        node.close();

        assertThatThrownBy(() -> node.chain.accept(TestNode.RULES.genesis(), BlockSource.PEER).join())
                .hasCauseInstanceOf(ChainUnavailableException.class);
    }

    private static long blocksWithData(Path at, String data) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteFiles.jdbcUrl(at));
                var s = c.prepareStatement("SELECT count(*) FROM block WHERE data = ?")) {
            s.setString(1, data);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
