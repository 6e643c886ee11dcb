package dev.rantai.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.store.PendingData;

/**
 * Mines queued data on the tip, one thread. Takes what is waiting, mines it as consecutive
 * blocks and hands them to the writer in one transaction (group commit: a burst of submissions
 * costs one commit). If the tip moves while mining, the work is dropped and restarts on the new tip.
 */
final class Miner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Miner.class);
    private static final int MAX_BATCH = 512;
    private static final String STOPPING = "the node is stopping; the data was not stored";
    /** A batch is committed after this much mining even if more data waits, so early submitters are answered. */
    private static final long MAX_BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Data to mine; {@code pending} is set for data of a dropped block (its row goes in the same commit). */
    static final class Job {
        private final String data;
        private final BlockSource source;
        private final CompletableFuture<Block> done;
        private final PendingData pending;
        private volatile boolean obsolete;

        Job(String data, BlockSource source, CompletableFuture<Block> done, PendingData pending) {
            this.data = data;
            this.source = source;
            this.done = done;
            this.pending = pending;
        }

        BlockSource source() {
            return source;
        }

        java.util.Optional<PendingData> pending() {
            return java.util.Optional.ofNullable(pending);
        }

        void obsolete() {
            obsolete = true;
        }
    }

    private final ChainService chain;
    private final ProofOfWork pow;
    private final int difficulty;
    private final LongSupplier clock;
    private final int maxQueued;
    private final LinkedBlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    /**
     * Data of dropped blocks, handed over by the writer as one unit: added to {@link #queue} one
     * job at a time, the waiting miner could take a later job before an earlier one was added.
     */
    private final ArrayDeque<Job> requeued = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean running = true;

    Miner(ChainService chain, ProofOfWork pow, int difficulty, LongSupplier clock, int maxQueued) {
        this.chain = chain;
        this.pow = pow;
        this.difficulty = difficulty;
        this.clock = clock;
        this.maxQueued = maxQueued;
        this.thread = new Thread(this::run, "rantai-miner");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    int queued() {
        synchronized (requeued) {
            return queue.size() + requeued.size();
        }
    }

    long hashAttempts() {
        return pow.attempts();
    }

    CompletableFuture<Block> enqueue(String data, BlockSource source) {
        if (queue.size() >= maxQueued) {
            return CompletableFuture.failedFuture(new ChainUnavailableException(
                    maxQueued + " submissions are already waiting to be mined; try again shortly"));
        }
        CompletableFuture<Block> done = new CompletableFuture<>();
        Job job = new Job(data, source, done, null);
        queue.addLast(job);
        // close() may have failed the waiting jobs between the caller's check and addLast
        if (!running && queue.remove(job)) {
            done.completeExceptionally(new ChainUnavailableException(STOPPING));
        }
        return done;
    }

    /** Data of dropped blocks goes first: it was acknowledged before anything still waiting. */
    void requeue(List<PendingData> pending) {
        synchronized (requeued) {
            for (int i = pending.size() - 1; i >= 0; i--) {
                PendingData p = pending.get(i);
                requeued.addFirst(new Job(p.data(), p.source(), new CompletableFuture<>(), p));
            }
        }
    }

    /** Takes the requeued data (all of one hand-over or none), then what waits in the queue. */
    private List<Job> nextBatch(Job first) {
        List<Job> batch = new ArrayList<>();
        synchronized (requeued) {
            batch.addAll(requeued);
            requeued.clear();
        }
        if (first != null) {
            batch.add(first);
        }
        if (!batch.isEmpty()) {
            queue.drainTo(batch, Math.max(0, MAX_BATCH - batch.size()));
        }
        return batch;
    }

    private void run() {
        while (running) {
            try {
                // requeued data waits at most this poll: the writer does not wake the miner
                Job first = queue.pollFirst(100, TimeUnit.MILLISECONDS);
                List<Job> batch = nextBatch(first);
                if (!batch.isEmpty()) {
                    mineBatch(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("Mining failed", e);
            }
        }
        failWaiting(new ChainUnavailableException(STOPPING));
    }

    private void mineBatch(List<Job> batch) {
        ChainTip base = chain.tip();
        List<Block> mined = new ArrayList<>(batch.size());
        Block previous = base.block();
        long started = System.nanoTime();
        for (Job job : batch) {
            long t0 = System.nanoTime();
            long timestamp = Math.max(clock.getAsLong(), previous.timestamp());
            byte[] header = BlockHeader.encode(previous.index() + 1, timestamp, Hashes.parseHash(previous.hash()),
                    Hashes.sha256(job.data), difficulty, 0);
            OptionalLong nonce = pow.mine(header, difficulty, () -> !running || chain.tip() != base);
            if (nonce.isEmpty()) {
                break;
            }
            BlockHeader.putNonce(header, nonce.getAsLong());
            Block block = new Block(previous.index() + 1, timestamp, job.data, previous.hash(), difficulty,
                    nonce.getAsLong(), Hashes.hex(Hashes.sha256(header)));
            chain.notifyMined(block, System.nanoTime() - t0);
            mined.add(block);
            previous = block;
            if (System.nanoTime() - started > MAX_BATCH_NANOS) {
                break;
            }
        }
        List<Job> minedJobs = batch.subList(0, mined.size());
        returnToFront(batch.subList(mined.size(), batch.size()));
        if (mined.isEmpty()) {
            return;
        }
        boolean committed;
        try {
            committed = chain.commitMined(base, minedJobs, mined);
        } catch (RuntimeException e) {
            LOG.error("Committing mined blocks failed", e);
            minedJobs.forEach(j -> j.done.completeExceptionally(e));
            return;
        }
        if (committed) {
            for (int i = 0; i < mined.size(); i++) {
                minedJobs.get(i).done.complete(mined.get(i));
            }
        } else {
            returnToFront(minedJobs.stream().filter(j -> !j.obsolete).toList());
        }
    }

    private void returnToFront(List<Job> jobs) {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            queue.addFirst(jobs.get(i));
        }
    }

    private void failWaiting(RuntimeException reason) {
        Job job;
        while ((job = queue.pollFirst()) != null) {
            job.done.completeExceptionally(reason);
        }
        synchronized (requeued) {
            requeued.forEach(j -> j.done.completeExceptionally(reason));
            requeued.clear();
        }
    }

    /**
     * Stops after the batch in hand: mining notices {@code running} within a few thousand hashes and the
     * queue poll within 100 ms. No interrupt: one arriving while the writer commits the batch would report
     * its blocks as failed although the writer still stores them.
     */
    @Override
    public void close() {
        // The interrupt ends a wait for data or a pause in mining; a commit in progress is waited
        // for uninterruptibly (ChainService.commitMined), so its submitters still hear it was stored.
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failWaiting(new ChainUnavailableException(STOPPING));
        pow.close();
    }
}
