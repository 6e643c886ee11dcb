package dev.rantai.chain;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import dev.rantai.chain.store.ChainStore;

/**
 * The chain, as the rest of the node sees it. Writes go to the one {@link ChainWriter} thread,
 * which alone moves the tip (received and mined blocks alike); reads go to the store, which shows
 * committed state, and to the volatile {@link #tip()}. Every method may be called from any
 * thread and none blocks on the writer: writes answer with futures, completed on the writer after
 * the commit (attach slow work to them with an executor of your own).
 */
public final class ChainService implements AutoCloseable {
    private final ChainStore store;
    private final BlockRules rules;
    private final ChainEvents events = new ChainEvents();
    private final ProofOfWork pow;
    private final ChainWriter writer;
    private final SyncQueries sync;
    private volatile boolean running;
    private volatile VerificationReport startCheck;
    private final BlockQueries queries;

    /**
     * @param pow the proof-of-work search (its threads) the chain mines with; closed with the chain
     * @param clock epoch milliseconds, for timestamps and the future-drift rule
     * @param maxQueued submissions that may wait to be mined; more are refused as unavailable
     */
    public ChainService(ChainStore store, BlockRules rules, ProofOfWork pow, LongSupplier clock, int maxQueued) {
        this(store, rules, pow, clock, maxQueued, SideBranchPolicy.defaults());
    }

    /** @param sideBranches how deep a reorg may go and how much of the store side branches may take */
    public ChainService(ChainStore store, BlockRules rules, ProofOfWork pow, LongSupplier clock, int maxQueued,
            SideBranchPolicy sideBranches) {
        this(store, rules, pow, clock, maxQueued, sideBranches, ChainWriter.GroupWait.DEFAULT);
    }

    /** @param groupWait how long a transaction that took a sync answer waits for the next one, and its clock */
    ChainService(ChainStore store, BlockRules rules, ProofOfWork pow, LongSupplier clock, int maxQueued,
            SideBranchPolicy sideBranches, ChainWriter.GroupWait groupWait) {
        this.store = store;
        this.rules = rules;
        this.pow = pow;
        this.writer = new ChainWriter(store, new ForkChoice(rules, sideBranches), pow, rules.params().difficulty(),
                maxQueued, events, clock, groupWait);
        this.sync = new SyncQueries(store, rules.genesis());
        this.queries = new BlockQueries(store);
    }

    /**
     * Opens the chain on the calling thread (see {@link ChainOpener}), then starts the writer.
     *
     * @throws dev.rantai.chain.store.StoreException when the store belongs to another network or
     *         fails verification; the message says what to do
     */
    public void start() {
        ChainOpener.Opened opened = ChainOpener.open(store, rules);
        startCheck = opened.check();
        writer.start(opened.tip(), opened.pending(), store.sideBytes());
        running = true;
    }

    /** The last committed tip: a volatile read. */
    public ChainTip tip() {
        return writer.tip();
    }

    /**
     * How much joined the canonical chain since this node started, in KiB as {@link Block#kib} counts
     * a block, reorgs' branches included: a counter that only grows, counted before the tip that
     * brought it is visible through {@link #tip()}. A volatile read.
     */
    public long connectedKib() {
        return writer.connectedKib();
    }

    /** The check of the newest blocks made when the chain opened; empty before {@link #start()}. */
    public Optional<VerificationReport> startCheck() {
        return Optional.ofNullable(startCheck);
    }

    public BlockRules rules() {
        return rules;
    }

    /** Reads of stored blocks for the API and the dashboard. */
    public BlockQueries queries() {
        return queries;
    }

    /** Committed state, for reads. */
    public ChainStore store() {
        return store;
    }

    public boolean isRunning() {
        return running;
    }

    /** Data waiting to be mined, the data of dropped blocks included. */
    public int queuedSubmissions() {
        return writer.queuedSubmissions();
    }

    /** Received blocks waiting for the writer. */
    public int queuedBlocks() {
        return writer.queuedBlocks();
    }

    /** Hashes tried by the miner so far. */
    public long hashAttempts() {
        return writer.hashAttempts();
    }

    /** Tells {@code listener} of every committed tip change, on the chain's own event thread. */
    public void addListener(ChainListener listener) {
        events.add(listener);
    }

    /**
     * Tells {@code listener} of every committed tip change through {@code executor}, which must run
     * tasks in the order given (a single thread, a Vert.x context). {@code Runnable::run} runs the
     * listener on the chain writer itself: only for listeners that return at once.
     */
    public void addListener(ChainListener listener, Executor executor) {
        events.add(listener, executor);
    }

    public void removeListener(ChainListener listener) {
        events.remove(listener);
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
        return writer.submit(data, source);
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
        return writer.acceptAll(blocks, source);
    }

    /** Checks every canonical block from the genesis to the tip, off the writer so the chain keeps going. */
    public VerificationReport verifyAll() {
        return new ChainVerifier(rules).verify(store, 0, tip().height());
    }

    /**
     * A block locator for {@code get_blocks}: the last ten hashes of the canonical chain, then
     * exponentially sparser, the genesis last. Reads committed state; any thread.
     */
    public List<String> locator() {
        return sync.locator();
    }

    /**
     * As {@link #locator()}, preceded by {@code branchTip} if it is a stored side block (not
     * canonical): the locator of a node that is fetching that side branch. Any thread.
     */
    public List<String> locator(Optional<String> branchTip) {
        return sync.locator(branchTip);
    }

    /**
     * The canonical blocks after the newest locator hash this node has on its canonical chain,
     * at most {@code limit}: the answer to {@code get_blocks}. Starts after the genesis when no
     * locator hash is canonical here.
     */
    public List<Block> blocksAfter(List<String> locator, int limit) {
        return sync.blocksAfter(locator, limit);
    }

    /**
     * As {@link #blocksAfter(List, int)}, but cut where the blocks' sizes would add up to more than
     * {@code maxBytes}. The first block comes whatever its size, so an answer always makes progress.
     * Blocks are read in pages, so a small budget reads few of them.
     *
     * @param sizeOf the size in bytes of one block as the caller sends it (its wire encoding)
     */
    public List<Block> blocksAfter(List<String> locator, int limit, long maxBytes, ToLongFunction<Block> sizeOf) {
        return sync.blocksAfter(locator, limit, maxBytes, sizeOf);
    }

    /** Whether a block with this hash is stored as a side block (not canonical). Reads committed state; any thread. */
    public boolean isSideBlock(String hash) {
        return sync.isSideBlock(hash);
    }

    /** Whether a block with this hash is stored, canonical or not: one index read on a pooled connection, any thread. */
    public boolean isStored(String hash) {
        return sync.isStored(hash);
    }

    /**
     * Stops: new work is refused, mining stops and nothing mined after this is committed, the
     * writer finishes the transaction in hand, and whatever still waits fails with
     * {@link ChainUnavailableException}. Events already handed to the chain's event thread still
     * run. The store stays open (its owner closes it).
     */
    @Override
    public void close() {
        running = false;
        writer.stop();
        pow.close();
        events.close();
    }
}
