package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.SyncMode;

/**
 * The writer's group commit of sync answers: consecutive answers that arrive within the wait share
 * one transaction, up to {@link ChainWriter#GROUP_COMMIT_BLOCKS} blocks; the wait runs on a clock
 * the test moves, so "within" and "after" do not depend on how busy the machine is.
 */
class GroupCommitTest {
    private static final int ANSWER = 500;
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** Six answers of a sync, blocks 1 to 3,000 on the genesis. */
    private static List<List<Block>> answers;

    @TempDir
    Path dir;
    private final ManualNanos nanos = new ManualNanos();
    private InstrumentedStore store;
    private TestNode node;
    private long commitsAtStart;

    /** A monotonic clock that moves only when the test says, and counts its readings. */
    private static final class ManualNanos implements LongSupplier {
        private final AtomicLong now = new AtomicLong();
        final AtomicLong readings = new AtomicLong();

        @Override
        public long getAsLong() {
            readings.incrementAndGet();
            return now.get();
        }

        void advance(long by) {
            now.addAndGet(by);
        }
    }

    @BeforeAll
    static void mineAnswers() {
        answers = new ArrayList<>();
        Block parent = TestNode.RULES.genesis();
        for (int a = 0; a < 6; a++) {
            List<Block> answer = new ArrayList<>(ANSWER);
            for (int i = 0; i < ANSWER; i++) {
                parent = TestBlocks.child(parent, "block " + (parent.index() + 1));
                answer.add(parent);
            }
            answers.add(answer);
        }
    }

    private void start() {
        store = new InstrumentedStore(SqliteFiles.openStandalone(dir, SyncMode.NORMAL));
        node = TestNode.startWith(dir, new ChainService(store, TestNode.RULES, new ProofOfWork(1),
                System::currentTimeMillis, 10, SideBranchPolicy.defaults(),
                new ChainWriter.GroupWait(WAIT_NANOS, nanos)));
        commitsAtStart = store.commits.get();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private long commits() {
        return store.commits.get() - commitsAtStart;
    }

    /** Hands the writer an answer and returns once it has taken it off the queue. */
    private CompletableFuture<List<AcceptResult>> send(List<Block> answer) {
        CompletableFuture<List<AcceptResult>> results = node.chain.acceptAll(answer, BlockSource.PEER);
        await().atMost(Duration.ofSeconds(30)).until(() -> node.chain.queuedBlocks() == 0);
        return results;
    }

    /**
     * Returns once the writer has read the clock twice more: it waits for the next answer, with a
     * deadline at most the wait from the clock's reading now.
     */
    private void awaitWriterLooked() {
        long seen = nanos.readings.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> nanos.readings.get() >= seen + 2);
    }

    private static void assertOwnResults(CompletableFuture<List<AcceptResult>> future, List<Block> answer) {
        List<AcceptResult> results = future.join();
        assertThat(results).extracting(AcceptResult::block).containsExactlyElementsOf(answer);
        assertThat(results).extracting(AcceptResult::outcome).containsOnly(AcceptResult.Outcome.EXTENDED);
    }

    @Test
    void answersArrivingWithinTheWaitShareOneTransactionAndEachCallerGetsItsOwnResults() {
        start();
        List<CompletableFuture<List<AcceptResult>>> sent = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            sent.add(send(answers.get(a)));
            // the clock stands just short of the wait: the transaction stays open for the next answer
            nanos.advance(WAIT_NANOS - 1);
            awaitWriterLooked();
            assertThat(sent.get(a)).isNotDone();
        }

        nanos.advance(WAIT_NANOS);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().allMatch(CompletableFuture::isDone));

        assertThat(commits()).isEqualTo(1);
        for (int a = 0; a < 3; a++) {
            assertOwnResults(sent.get(a), answers.get(a));
        }
        assertThat(node.chain.tip().height()).isEqualTo(3L * ANSWER);
        assertThat(node.changes).hasSize(1);
    }

    @Test
    void anAnswerAfterTheWaitStartsANewTransaction() {
        start();
        CompletableFuture<List<AcceptResult>> first = send(answers.get(0));
        awaitWriterLooked();
        nanos.advance(WAIT_NANOS);
        await().atMost(Duration.ofSeconds(30)).until(first::isDone);
        assertThat(commits()).isEqualTo(1);

        CompletableFuture<List<AcceptResult>> second = send(answers.get(1));
        awaitWriterLooked();
        nanos.advance(WAIT_NANOS);
        await().atMost(Duration.ofSeconds(30)).until(second::isDone);

        assertThat(commits()).isEqualTo(2);
        assertOwnResults(first, answers.get(0));
        assertOwnResults(second, answers.get(1));
        assertThat(node.chain.tip().height()).isEqualTo(2L * ANSWER);
    }

    @Test
    void aTransactionCommitsOnceItHoldsTheCapWithoutWaitingForMore() {
        start();
        int toCap = ChainWriter.GROUP_COMMIT_BLOCKS / ANSWER;
        List<CompletableFuture<List<AcceptResult>>> sent = new ArrayList<>();
        for (int a = 0; a < toCap; a++) {
            sent.add(send(answers.get(a)));
        }
        // the clock never moves: only the cap ends this transaction
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
        assertThat(commits()).isEqualTo(1);
        assertThat(node.chain.tip().height()).isEqualTo(ChainWriter.GROUP_COMMIT_BLOCKS);

        CompletableFuture<List<AcceptResult>> next = send(answers.get(toCap));
        awaitWriterLooked();
        nanos.advance(WAIT_NANOS);
        await().atMost(Duration.ofSeconds(30)).until(next::isDone);

        assertThat(commits()).isEqualTo(2);
        assertOwnResults(next, answers.get(toCap));
        for (int a = 0; a < toCap; a++) {
            assertOwnResults(sent.get(a), answers.get(a));
        }
    }

    @Test
    void aBatchThatFailsItsTransactionFailsAloneAndLeavesTheOthersWhole() {
        start();
        List<Block> failing = answers.get(1);
        store.failWhenStoring(failing.get(200).hash());

        CompletableFuture<List<AcceptResult>> before = send(answers.get(0));
        CompletableFuture<List<AcceptResult>> broken = send(failing);
        await().atMost(Duration.ofSeconds(30)).until(() -> before.isDone() && broken.isDone());

        // the answer taken with the one that failed is stored, in a transaction of its own
        assertOwnResults(before, answers.get(0));
        assertThat(broken).isCompletedExceptionally();
        assertThat(broken.handle((r, e) -> e instanceof CompletionException c ? c.getCause() : e).join())
                .isInstanceOf(StoreException.class);
        assertThat(commits()).isEqualTo(1);
        assertThat(node.chain.tip().hash()).isEqualTo(answers.get(0).get(ANSWER - 1).hash());
        assertThat(store.canonicalTip().orElseThrow().hash()).isEqualTo(node.chain.tip().hash());
        assertThat(failing).noneMatch(b -> store.contains(b.hash()));

        // the failed answer, sent again, connects to what was kept
        store.failWhenStoring("");
        CompletableFuture<List<AcceptResult>> again = send(failing);
        CompletableFuture<List<AcceptResult>> after = send(answers.get(2));
        awaitWriterLooked();
        nanos.advance(WAIT_NANOS);
        await().atMost(Duration.ofSeconds(30)).until(() -> again.isDone() && after.isDone());

        assertOwnResults(again, failing);
        assertOwnResults(after, answers.get(2));
        assertThat(node.canonicalHeights()).hasSize(3 * ANSWER + 1).isSorted();
        assertThat(node.chain.verifyAll().valid()).isTrue();
    }
}
