package dev.rantai.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import org.jboss.logging.Logger;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.StoredBlock;

/**
 * The chain: one ordered writer that alone changes the store, and a miner that mines submitted
 * data on the current tip. Every write holds the one write lock (the writer thread for received
 * blocks, the miner for its own), so chain state needs no other locking; readers see committed
 * state through the store and the volatile {@link #tip()}.
 */
public final class ChainService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChainService.class);
    /** At start the newest blocks are re-verified: enough to catch a torn or edited tip. */
    static final int VERIFY_AT_START = 256;
    static final String META_GENESIS = "genesis";
    static final String META_DIFFICULTY = "difficulty";
    /**
     * Received blocks taken into one transaction at most (whole batches; a larger single batch
     * goes alone). Hash-keyed inserts land on random index pages, so a commit's cost grows with
     * the pages it touches more than with its blocks: 5,000 blocks commit about twice as fast
     * per block as 500 (docs/benchmarks.md).
     */
    static final int MAX_BLOCKS_PER_COMMIT = 5_000;
    /** Blocks read at a time when an answer has a byte budget. */
    private static final int BYTE_BUDGET_PAGE = 64;

    private final ChainStore store;
    private final BlockRules rules;
    private final LongSupplier clock;
    private final ExecutorService writer;
    private final Miner miner;
    private final ForkChoice forkChoice;
    private final List<ChainListener> listeners = new CopyOnWriteArrayList<>();
    /**
     * Held by whoever changes the store: the writer thread (the start-up load, received blocks)
     * or the miner (its own blocks). One writer at a time, in order, so chain state needs no
     * other lock; listeners are told of each change while it is held.
     */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Queue<Inbound> inbound = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean inboundScheduled = new AtomicBoolean();
    private final AtomicInteger inboundBlocks = new AtomicInteger();
    private volatile ChainTip tip;
    private volatile boolean running;
    private volatile VerificationReport startCheck;

    public ChainService(ChainStore store, BlockRules rules, ProofOfWork pow, LongSupplier clock, int maxQueued) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rantai-chain-writer");
            t.setDaemon(true);
            return t;
        });
        this.miner = new Miner(this, pow, rules.params().difficulty(), clock, maxQueued);
        this.forkChoice = new ForkChoice(rules);
    }

    /** Opens the chain: checks the store belongs to this network, writes the genesis, verifies the tip region. */
    public void start() {
        onWriter(this::load);
        running = true;
        miner.start();
    }

    private Void load() {
        writeLock.lock();
        try {
            return loadLocked();
        } finally {
            writeLock.unlock();
        }
    }

    private Void loadLocked() {
        Block genesis = rules.genesis();
        Optional<String> storedGenesis = store.meta(META_GENESIS);
        if (storedGenesis.isPresent() && !storedGenesis.get().equals(genesis.hash())) {
            throw new StoreException(store.location() + " belongs to the network with genesis " + storedGenesis.get()
                    + " (difficulty " + store.meta(META_DIFFICULTY).orElse("?") + "), but this node's settings give "
                    + genesis.hash() + " (difficulty " + rules.params().difficulty()
                    + "). Start with the settings the store was made with, or another rantai.data-dir.");
        }
        if (storedGenesis.isEmpty()) {
            try (ChainStore.Updater u = store.updater()) {
                if (u.canonicalTip().isPresent()) {
                    throw new StoreException(store.location() + " holds blocks but no network record: it was not"
                            + " written by this node. Move it away or use another rantai.data-dir.");
                }
                u.insert(new StoredBlock(genesis, Work.of(genesis.difficulty()), BlockSource.GENESIS, 0));
                u.setCanonical(0, genesis.hash());
                u.putMeta(META_GENESIS, genesis.hash());
                u.putMeta(META_DIFFICULTY, Integer.toString(genesis.difficulty()));
                u.commit();
            }
        }
        StoredBlock head = store.canonicalTip().orElseThrow(() -> new StoreException(store.location()
                + " failed verification: the canonical heights above "
                + store.canonicalDescending(Long.MAX_VALUE, 1).stream().findFirst().map(StoredBlock::height)
                        .orElse(-1L)
                + " name blocks that are not stored. The file was modified or damaged: restore it from a backup,"
                + " or move it away to let the node sync again from its peers."));
        VerificationReport report = new ChainVerifier(rules).verify(store,
                Math.max(0, head.height() - VERIFY_AT_START + 1), head.height());
        if (!report.valid()) {
            throw new StoreException(store.location() + " failed verification at height "
                    + report.failedHeight().orElse(-1L) + ": " + report.problem().orElse("?")
                    + ". The file was modified or damaged: restore it from a backup, or move it away to let the"
                    + " node sync again from its peers.");
        }
        startCheck = report;
        tip = new ChainTip(head.block(), head.work());
        List<PendingData> pending = store.pendingData();
        if (!pending.isEmpty()) {
            LOG.infof("%d data items of dropped blocks wait to be mined again", pending.size());
            miner.requeue(pending);
        }
        LOG.infof("Chain loaded from %s: height %d, tip %s", store.location(), head.height(), head.hash());
        return null;
    }

    public ChainTip tip() {
        return tip;
    }

    /** The check of the newest blocks made when the chain opened; empty before {@link #start()}. */
    public Optional<VerificationReport> startCheck() {
        return Optional.ofNullable(startCheck);
    }

    public BlockRules rules() {
        return rules;
    }

    public ChainStore store() {
        return store;
    }

    public boolean isRunning() {
        return running;
    }

    /** Data waiting to be mined. */
    public int queuedSubmissions() {
        return miner.queued();
    }

    /** Hashes tried by the miner so far. */
    public long hashAttempts() {
        return miner.hashAttempts();
    }

    public void addListener(ChainListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ChainListener listener) {
        listeners.remove(listener);
    }

    /**
     * Mines data into a block on the tip. Completes with the block once it is committed, or
     * exceptionally with {@link RuleViolationException} (bad data) or {@link ChainUnavailableException}.
     */
    public CompletableFuture<Block> submit(String data) {
        return submit(data, BlockSource.LOCAL);
    }

    public CompletableFuture<Block> submit(String data, BlockSource source) {
        Optional<RuleViolation> broken = rules.checkData(data);
        if (broken.isPresent()) {
            return CompletableFuture.failedFuture(new RuleViolationException(broken.get()));
        }
        if (!running) {
            return CompletableFuture.failedFuture(new ChainUnavailableException("the chain is not running"));
        }
        return miner.enqueue(data, source);
    }

    /** Takes a block from elsewhere (a peer): validates, stores and, if it has the most work, makes it the tip. */
    public CompletableFuture<AcceptResult> accept(Block block, BlockSource source) {
        return acceptAll(List.of(block), source).thenApply(results -> results.get(0));
    }

    /**
     * Takes blocks in order (a batch from sync), one result per block. Batches that wait for the
     * writer are taken together in one transaction (group commit): a store's cost is mostly its
     * commits, and a commit of many blocks costs little more than one of a few.
     */
    public CompletableFuture<List<AcceptResult>> acceptAll(List<Block> blocks, BlockSource source) {
        if (!running) {
            return CompletableFuture.failedFuture(new ChainUnavailableException("the chain is not running"));
        }
        Inbound in = new Inbound(List.copyOf(blocks), source, new CompletableFuture<>());
        inboundBlocks.addAndGet(in.blocks().size());
        inbound.add(in);
        scheduleInbound();
        return in.done();
    }

    /** Blocks from elsewhere waiting for the writer. */
    public int queuedBlocks() {
        return inboundBlocks.get();
    }

    private record Inbound(List<Block> blocks, BlockSource source, CompletableFuture<List<AcceptResult>> done) {
    }

    private void scheduleInbound() {
        if (inboundScheduled.compareAndSet(false, true)) {
            try {
                writer.execute(this::drainInbound);
            } catch (RejectedExecutionException e) {
                inboundScheduled.set(false);
                Inbound in;
                while ((in = inbound.poll()) != null) {
                    in.done().completeExceptionally(new ChainUnavailableException("the chain is not running"));
                }
            }
        }
    }

    private void drainInbound() {
        inboundScheduled.set(false);
        List<Inbound> taken = new ArrayList<>();
        int count = 0;
        for (Inbound next = inbound.peek(); next != null
                && (taken.isEmpty() || count + next.blocks().size() <= MAX_BLOCKS_PER_COMMIT); next = inbound.peek()) {
            taken.add(inbound.poll());
            count += next.blocks().size();
        }
        if (!inbound.isEmpty()) {
            scheduleInbound();
        }
        if (taken.isEmpty()) {
            return;
        }
        inboundBlocks.addAndGet(-count);
        writeLock.lock();
        try {
            List<List<AcceptResult>> results = acceptOnWriter(taken);
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            taken.forEach(in -> in.done().completeExceptionally(e));
        } finally {
            writeLock.unlock();
        }
    }

    private List<List<AcceptResult>> acceptOnWriter(List<Inbound> taken) {
        ChainTip before = tip;
        ForkChoice.Batch batch = forkChoice.begin(before, clock.getAsLong());
        List<List<AcceptResult>> results = new ArrayList<>(taken.size());
        try (ChainStore.Updater u = store.updater()) {
            for (Inbound in : taken) {
                List<AcceptResult> each = new ArrayList<>(in.blocks().size());
                for (Block block : in.blocks()) {
                    each.add(batch.accept(u, block, in.source()));
                }
                results.add(each);
            }
            if (batch.changed()) {
                u.commit();
            }
        }
        if (batch.changed()) {
            tip = batch.tip();
            miner.requeue(batch.dropped());
            batch.changes().forEach(this::publish);
        }
        return results;
    }

    /**
     * Commits blocks the miner built on {@code base}, on the miner's own thread under the write
     * lock (handing them to the writer thread and waiting for it cost two thread switches per
     * batch, a large part of a submission's latency); if the tip moved the blocks are stale and
     * nothing is written.
     */
    boolean commitMined(ChainTip base, List<Miner.Job> jobs, List<Block> blocks) {
        // Not interruptible (close() interrupts the miner): the miner must learn whether the blocks
        // were committed, or a submitter could be told "not stored" about data that is.
        writeLock.lock();
        try {
            // Once closing, nothing more is committed: waiting submitters are told their data was not stored.
            if (tip != base || !running) {
                return false;
            }
            List<StoredBlock> connected = new ArrayList<>(blocks.size());
            ChainTip next = base;
            long now = clock.getAsLong();
            try (ChainStore.Updater u = store.updater()) {
                for (int i = 0; i < blocks.size(); i++) {
                    Miner.Job job = jobs.get(i);
                    Block block = blocks.get(i);
                    if (job.pending().isPresent() && !Remining.mined(u, job.pending().get(), block)) {
                        // A block of the same datum came back into the chain: its data must not be stored twice.
                        job.obsolete();
                        return false;
                    }
                    StoredBlock stored = new StoredBlock(block, next.work().add(Work.of(block.difficulty())),
                            job.source(), now);
                    u.insert(stored);
                    u.setCanonical(block.index(), block.hash());
                    connected.add(stored);
                    next = new ChainTip(block, stored.work());
                }
                u.commit();
            }
            tip = next;
            publish(new TipChange(base, next, connected, List.of()));
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    void notifyMined(Block block, long nanos) {
        for (ChainListener l : listeners) {
            try {
                l.onBlockMined(block, nanos);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Chain listener %s failed on a mined block", l);
            }
        }
    }

    private void publish(TipChange change) {
        for (ChainListener l : listeners) {
            try {
                l.onTipChanged(change);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Chain listener %s failed on a tip change", l);
            }
        }
    }

    /** Checks every canonical block from the genesis to the tip, off the writer so the chain keeps going. */
    public VerificationReport verifyAll() {
        ChainTip at = tip;
        return new ChainVerifier(rules).verify(store, 0, at.height());
    }

    /**
     * A block locator for {@code get_blocks}: the last ten hashes of the canonical chain, then
     * exponentially sparser, the genesis last. Reads committed state; any thread.
     */
    public List<String> locator() {
        long height = tip.height();
        List<String> hashes = new ArrayList<>();
        long step = 1;
        for (long h = height; h > 0; h -= step) {
            store.canonicalAt(h).ifPresent(b -> hashes.add(b.hash()));
            if (hashes.size() >= 10) {
                step *= 2;
            }
        }
        hashes.add(rules.genesis().hash());
        return hashes;
    }

    /**
     * The canonical blocks after the newest locator hash this node has on its canonical chain,
     * at most {@code limit}: the answer to {@code get_blocks}.
     */
    public List<Block> blocksAfter(List<String> locator, int limit) {
        return store.canonicalAscending(startAfter(locator), limit).stream().map(StoredBlock::block).toList();
    }

    /**
     * As {@link #blocksAfter(List, int)}, but cut where the blocks' sizes would add up to more than
     * {@code maxBytes}. The first block comes whatever its size, so an answer always makes progress.
     * Blocks are read in pages, so a small budget reads few of them.
     *
     * @param sizeOf the size in bytes of one block as the caller sends it (its wire encoding)
     */
    public List<Block> blocksAfter(List<String> locator, int limit, long maxBytes, ToLongFunction<Block> sizeOf) {
        List<Block> out = new ArrayList<>();
        long from = startAfter(locator);
        long bytes = 0;
        while (out.size() < limit) {
            List<StoredBlock> page = store.canonicalAscending(from, Math.min(BYTE_BUDGET_PAGE, limit - out.size()));
            for (StoredBlock b : page) {
                bytes += sizeOf.applyAsLong(b.block());
                if (bytes > maxBytes && !out.isEmpty()) {
                    return out;
                }
                out.add(b.block());
            }
            if (page.isEmpty()) {
                break;
            }
            from = page.get(page.size() - 1).height() + 1;
        }
        return out;
    }

    /**
     * The height after the newest locator hash that is on the canonical chain; 1 if none is: every
     * node of the network has the genesis, so an answer never repeats it (docs/protocol.md).
     */
    private long startAfter(List<String> locator) {
        for (String hash : locator) {
            Optional<StoredBlock> known = store.byHash(hash);
            if (known.isPresent() && store.isCanonical(known.get())) {
                return known.get().height() + 1;
            }
        }
        return 1;
    }

    /** Whether a block with this hash is stored, canonical or not: one index read on a pooled connection, any thread. */
    public boolean isStored(String hash) {
        return store.contains(hash);
    }

    private <T> T onWriter(java.util.concurrent.Callable<T> task) {
        if (Thread.currentThread().getName().equals("rantai-chain-writer")) {
            try {
                return task.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        try {
            return writer.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainUnavailableException("interrupted while waiting for the chain writer");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    /** Stops mining, lets the writer finish what it has, and fails what was still waiting. */
    @Override
    public void close() {
        running = false;
        miner.close();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The chain writer did not finish within 30 s");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.shutdownNow();
        }
        Inbound left;
        while ((left = inbound.poll()) != null) {
            left.done().completeExceptionally(new ChainUnavailableException("the node is stopping; the blocks were not taken"));
        }
    }
}
