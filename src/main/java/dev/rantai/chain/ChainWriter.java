package dev.rantai.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoredBlock;

/**
 * The one thread that changes the chain ({@code rantai-chain-writer}). It takes blocks received
 * from peers, mines waiting data on the tip, and commits both through {@link ForkChoice}, one
 * transaction at a time, so chain state needs no lock. Received blocks go first: mining stops
 * within a few thousand hashes when a block arrives, commits what it has, and starts again on
 * whatever tip the received blocks left. After each commit the writer publishes the tip changes
 * (handing them to the listeners' executors) and then completes the callers' futures.
 */
final class ChainWriter {
    private static final Logger LOG = Logger.getLogger(ChainWriter.class);
    static final String THREAD_NAME = "rantai-chain-writer";
    /**
     * Received blocks taken into one transaction at most (whole batches; a larger single batch
     * goes alone). Hash-keyed inserts land on random index pages, so a commit's cost grows with
     * the pages it touches more than with its blocks: 5,000 blocks commit about twice as fast
     * per block as 500 (docs/benchmarks.md).
     */
    static final int MAX_BLOCKS_PER_COMMIT = 5_000;
    /**
     * Data taken into one transaction at most, in characters (whole batches again): side blocks of a
     * transaction are kept until the next one applies the budget, so this bounds how far the store
     * can overshoot it.
     */
    static final long MAX_DATA_PER_COMMIT = 8L << 20;

    /**
     * How long a transaction that took a sync answer (several blocks that moved the tip to the last of
     * them) stays open for the next answer of the sync, which is usually on its way, and the clock that
     * times it ({@link System#nanoTime} but in tests). Every commit writes each index page it touched to
     * the log; hash-keyed inserts touch pages at random, so 500 blocks a commit wrote the hash indexes
     * again and again (about 480 MB of log and database writes for a sync of 100,000 blocks;
     * docs/benchmarks.md).
     *
     * @param nanos the longest wait for the next answer, from the last one taken
     * @param nanoClock a monotonic clock in nanoseconds
     */
    record GroupWait(long nanos, LongSupplier nanoClock) {
        static final GroupWait DEFAULT = new GroupWait(TimeUnit.MILLISECONDS.toNanos(20), System::nanoTime);

        GroupWait {
            if (nanos < 0) {
                throw new IllegalArgumentException("the group wait must not be negative, was " + nanos + " ns");
            }
        }
    }

    /**
     * ... and commits once it holds this many blocks: half of what a syncing peer lets wait to be
     * stored, so the sync keeps asking for more while a transaction fills.
     */
    static final int GROUP_COMMIT_BLOCKS = 2_500;
    /** Mined blocks committed together at most. */
    private static final int MAX_MINED_PER_COMMIT = 512;
    /** Mined blocks are committed after this much mining even if more data waits, so early submitters are answered. */
    private static final long MAX_MINING_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private record Inbound(List<Block> blocks, BlockSource source, CompletableFuture<List<AcceptResult>> done,
            long data) {
        Inbound(List<Block> blocks, BlockSource source) {
            this(blocks, source, new CompletableFuture<>(), blocks.stream().mapToLong(b -> b.data().length()).sum());
        }
    }

    private final ChainStore store;
    private final ForkChoice forkChoice;
    private final ProofOfWork pow;
    private final int difficulty;
    private final MiningQueue mining;
    private final ChainEvents events;
    private final LongSupplier clock;
    private final GroupWait groupWait;
    private final Queue<Inbound> inbound = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inboundBlocks = new AtomicInteger();
    private final Thread thread = new Thread(this::run, THREAD_NAME);
    /** Mining gives way to received blocks and to a stop; asked by the mining threads too. */
    private final BooleanSupplier yieldMining = () -> inboundBlocks.get() > 0 || stopping();
    private volatile ChainTip tip;
    /** What joined the canonical chain since the start, in {@link Block#kib}; written by the writer alone. */
    private volatile long connectedKib;
    private volatile boolean stopping;

    ChainWriter(ChainStore store, ForkChoice forkChoice, ProofOfWork pow, int difficulty, int maxQueued,
            ChainEvents events, LongSupplier clock, GroupWait groupWait) {
        this.store = store;
        this.forkChoice = forkChoice;
        this.pow = pow;
        this.difficulty = difficulty;
        this.mining = new MiningQueue(maxQueued, this::wake);
        this.events = events;
        this.clock = clock;
        this.groupWait = groupWait;
        thread.setDaemon(true);
    }

    void start(ChainTip openedAt, List<PendingData> pending, long sideBytes) {
        tip = openedAt;
        forkChoice.opened(sideBytes);
        mining.requeue(pending);
        thread.start();
    }

    /** The last committed tip; any thread. */
    ChainTip tip() {
        return tip;
    }

    /** What joined the canonical chain since the start, in {@link Block#kib}, as of {@link #tip()} or later; any thread. */
    long connectedKib() {
        return connectedKib;
    }

    CompletableFuture<Block> submit(String data, BlockSource source) {
        return mining.submit(data, source);
    }

    CompletableFuture<List<AcceptResult>> acceptAll(List<Block> blocks, BlockSource source) {
        Inbound in = new Inbound(List.copyOf(blocks), source);
        inboundBlocks.addAndGet(in.blocks().size());
        inbound.add(in);
        // stop() may have failed what waited between the caller's check and add
        if (stopping && inbound.remove(in)) {
            inboundBlocks.addAndGet(-in.blocks().size());
            in.done().completeExceptionally(new ChainUnavailableException("the chain is not running"));
        }
        wake();
        return in.done();
    }

    int queuedSubmissions() {
        return mining.size();
    }

    int queuedBlocks() {
        return inboundBlocks.get();
    }

    long hashAttempts() {
        return pow.attempts();
    }

    private void wake() {
        LockSupport.unpark(thread);
    }

    private boolean stopping() {
        return stopping;
    }

    private void run() {
        while (!stopping) {
            try {
                if (inboundBlocks.get() > 0) {
                    takeInbound();
                } else if (mining.hasWork()) {
                    mineOnTip();
                } else {
                    // submit() and acceptAll() unpark after queueing, so no wake-up is lost
                    LockSupport.park(this);
                }
            } catch (RuntimeException e) {
                LOG.error("The chain writer failed a step; it goes on with the next", e);
            }
        }
        failWaiting();
    }

    /**
     * Takes the received batches that wait, up to {@link #MAX_BLOCKS_PER_COMMIT} blocks and
     * {@link #MAX_DATA_PER_COMMIT} of data, in one transaction. After a sync answer that moved the
     * tip, the transaction takes the next answers too, as they arrive within {@link GroupWait} of each
     * other, up to {@link #GROUP_COMMIT_BLOCKS} blocks. A batch whose blocks make the transaction fail
     * (a store error) fails alone: the batches taken with it are stored again without it, those before
     * it first, each caller hearing of its own blocks only.
     */
    private void takeInbound() {
        Deque<List<Inbound>> again = new ArrayDeque<>();
        List<Inbound> taken = new ArrayList<>();
        boolean takeMore = true;
        while (true) {
            int failed = store(taken, takeMore);
            if (failed >= 0) {
                if (failed + 1 < taken.size()) {
                    again.push(new ArrayList<>(taken.subList(failed + 1, taken.size())));
                }
                if (failed > 0) {
                    again.push(new ArrayList<>(taken.subList(0, failed)));
                }
            }
            if (again.isEmpty()) {
                return;
            }
            taken = again.pop();
            takeMore = false;
        }
    }

    /**
     * Stores {@code taken} in one transaction and, with {@code takeMore}, the batches that wait or
     * arrive as {@link #takeInbound()} says (added to {@code taken}); then publishes and completes the
     * callers' futures, each with the results of its own blocks.
     *
     * @return -1, or the index in {@code taken} of the batch whose blocks threw: its future has failed,
     *         the transaction is rolled back and the other futures are left for the caller
     */
    private int store(List<Inbound> taken, boolean takeMore) {
        ForkChoice.Batch batch = forkChoice.begin(tip, clock.getAsLong());
        List<List<AcceptResult>> results = new ArrayList<>();
        try (ChainStore.Updater u = store.updater()) {
            int count = 0;
            long data = 0;
            for (Inbound in : taken) {
                count += in.blocks().size();
                data += in.data();
            }
            while (true) {
                for (Inbound next = inbound.peek(); takeMore && next != null && (taken.isEmpty()
                        || (count + next.blocks().size() <= MAX_BLOCKS_PER_COMMIT
                                && data + next.data() <= MAX_DATA_PER_COMMIT)); next = inbound.peek()) {
                    taken.add(inbound.poll());
                    inboundBlocks.addAndGet(-next.blocks().size());
                    count += next.blocks().size();
                    data += next.data();
                }
                for (int i = results.size(); i < taken.size(); i++) {
                    try {
                        results.add(accept(u, batch, taken.get(i)));
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "A received batch of %d blocks failed its transaction; the %d batches taken"
                                + " with it are stored without it", taken.get(i).blocks().size(), taken.size() - 1);
                        taken.get(i).done().completeExceptionally(e);
                        return i;
                    }
                }
                if (!takeMore || taken.isEmpty() || count >= GROUP_COMMIT_BLOCKS
                        || !syncGoesOn(taken.get(taken.size() - 1), batch) || !awaitInbound()) {
                    break;
                }
            }
            if (batch.changed()) {
                batch.finish(u);
                u.commit();
            }
        } catch (RuntimeException e) {
            taken.forEach(in -> in.done().completeExceptionally(e));
            return -1;
        }
        committed(batch);
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).done().complete(results.get(i));
        }
        return -1;
    }

    private static List<AcceptResult> accept(ChainStore.Updater u, ForkChoice.Batch batch, Inbound in) {
        List<AcceptResult> each = new ArrayList<>(in.blocks().size());
        for (Block block : in.blocks()) {
            each.add(batch.accept(u, block, in.source()));
        }
        return each;
    }

    /** A batch of several blocks whose last is now the tip: an answer of a sync, which may go on. */
    private static boolean syncGoesOn(Inbound last, ForkChoice.Batch batch) {
        List<Block> blocks = last.blocks();
        return blocks.size() > 1 && blocks.get(blocks.size() - 1).hash().equals(batch.tip().hash());
    }

    /** Waits up to {@link GroupWait#nanos()} for received blocks; false if none came or the writer stops. */
    private boolean awaitInbound() {
        LongSupplier now = groupWait.nanoClock();
        long deadline = now.getAsLong() + groupWait.nanos();
        for (long left = groupWait.nanos(); left > 0 && !stopping; left = deadline - now.getAsLong()) {
            if (inboundBlocks.get() > 0) {
                return true;
            }
            LockSupport.parkNanos(this, left);
        }
        return inboundBlocks.get() > 0 && !stopping;
    }

    /**
     * Mines waiting data as consecutive blocks on the tip and commits them in one transaction. Stops
     * taking more after {@link #MAX_MINING_NANOS}, or when received blocks wait: what was mined is
     * committed first, since it extends the tip those blocks will find.
     */
    private void mineOnTip() {
        ChainTip base = tip;
        List<MiningQueue.Job> jobs = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        Block parent = base.block();
        long started = System.nanoTime();
        while (jobs.size() < MAX_MINED_PER_COMMIT && System.nanoTime() - started < MAX_MINING_NANOS) {
            MiningQueue.Job job = mining.next();
            if (job == null) {
                break;
            }
            long t0 = System.nanoTime();
            long timestamp = Math.max(clock.getAsLong(), parent.timestamp());
            Optional<Block> block = pow.mineChild(parent, job.data(), timestamp, difficulty, yieldMining);
            if (block.isEmpty()) {
                mining.putBack(List.of(job));
                break;
            }
            events.blockMined(block.get(), System.nanoTime() - t0);
            jobs.add(job);
            blocks.add(block.get());
            parent = block.get();
            if (yieldMining.getAsBoolean()) {
                break;
            }
        }
        if (jobs.isEmpty()) {
            return;
        }
        if (stopping) {
            // Once stopping, nothing more is committed: the submitters hear their data was not stored.
            mining.putBack(jobs);
            return;
        }
        commitMined(base, jobs, blocks);
    }

    private void commitMined(ChainTip base, List<MiningQueue.Job> jobs, List<Block> blocks) {
        ForkChoice.Batch batch = forkChoice.begin(base, clock.getAsLong());
        try (ChainStore.Updater u = store.updater()) {
            for (int i = 0; i < blocks.size(); i++) {
                MiningQueue.Job job = jobs.get(i);
                AcceptResult result = batch.acceptMined(u, blocks.get(i), job.source(), job.pending());
                if (result.outcome() != AcceptResult.Outcome.EXTENDED) {
                    // Cannot happen while the writer alone moves the tip; rolled back, the other jobs are mined again.
                    LOG.warnf("A block mined on the tip was %s; its data (%s) is not mined again", result.outcome(),
                            job.pending().map(p -> "pending data " + p.id()).orElse("a submission"));
                    job.done().completeExceptionally(new IllegalStateException("the mined block was " + result));
                    List<MiningQueue.Job> others = new ArrayList<>(jobs);
                    others.remove(i);
                    mining.putBack(others);
                    return;
                }
            }
            batch.finish(u);
            u.commit();
        } catch (RuntimeException e) {
            // A failed store (a full disk): the submitters hear it; dropped data stays in the store for the next start.
            jobs.forEach(j -> j.done().completeExceptionally(e));
            throw e;
        }
        committed(batch);
        for (int i = 0; i < jobs.size(); i++) {
            jobs.get(i).done().complete(blocks.get(i));
        }
    }

    /** After a commit: the new tip, the re-mining queue, then the tip changes to the listeners. */
    private void committed(ForkChoice.Batch batch) {
        if (!batch.changed()) {
            return;
        }
        long grew = 0;
        for (TipChange change : batch.changes()) {
            for (StoredBlock b : change.connected()) {
                grew += b.block().kib();
            }
        }
        // before the tip: whoever sees the new tip sees what it brought counted
        connectedKib += grew;
        tip = batch.tip();
        forkChoice.committed(batch);
        mining.cancel(batch.cancelled());
        mining.requeue(batch.dropped());
        events.tipChanged(batch.changes());
    }

    /**
     * Stops after the step in hand: mining gives way within a few thousand hashes, and nothing mined
     * after this is committed. The interrupt ends a wait in mining threads or a listener that runs on
     * the writer. Waits up to 30 s; whatever still waits fails with {@link ChainUnavailableException}.
     */
    void stop() {
        stopping = true;
        wake();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The chain writer did not finish within 30 s");
        }
        failWaiting();
    }

    private void failWaiting() {
        mining.failAll(new ChainUnavailableException(MiningQueue.STOPPING));
        for (Inbound in = inbound.poll(); in != null; in = inbound.poll()) {
            inboundBlocks.addAndGet(-in.blocks().size());
            in.done().completeExceptionally(new ChainUnavailableException(
                    "the node is stopping; the blocks were not taken"));
        }
    }
}
