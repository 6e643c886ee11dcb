package dev.rantai.chain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rantai.chain.store.PendingData;

/**
 * Data waiting to be mined: the data of dropped blocks first, oldest first (it was acknowledged
 * before anything still waiting), then users' submissions in order, at most {@code maxQueued} of
 * them. Submissions come from any thread; everything else is called by the chain writer alone.
 */
final class MiningQueue {
    static final String STOPPING = "the node is stopping; the data was not stored";

    /** Data to mine; {@code pending} is set for the data of a dropped block (its row goes in the same commit). */
    record Job(String data, BlockSource source, CompletableFuture<Block> done, Optional<PendingData> pending) {
    }

    private final int maxQueued;
    private final Runnable onWork;
    private final ConcurrentLinkedDeque<Job> submissions = new ConcurrentLinkedDeque<>();
    private final AtomicInteger submitted = new AtomicInteger();
    /** Writer thread only. */
    private final ArrayDeque<Job> remining = new ArrayDeque<>();
    private volatile int reminingSize;
    private volatile boolean closed;

    /** @param onWork called after a submission is queued (wakes the writer) */
    MiningQueue(int maxQueued, Runnable onWork) {
        this.maxQueued = maxQueued;
        this.onWork = onWork;
    }

    /** Queues a submission; refused with {@link ChainUnavailableException} when full or stopped. */
    CompletableFuture<Block> submit(String data, BlockSource source) {
        if (submitted.incrementAndGet() > maxQueued) {
            submitted.decrementAndGet();
            return CompletableFuture.failedFuture(new ChainUnavailableException(
                    maxQueued + " submissions are already waiting to be mined; try again shortly"));
        }
        Job job = new Job(data, source, new CompletableFuture<>(), Optional.empty());
        submissions.addLast(job);
        // failAll() may have run between the caller's check and addLast
        if (closed && submissions.remove(job)) {
            submitted.decrementAndGet();
            job.done().completeExceptionally(new ChainUnavailableException(STOPPING));
        }
        onWork.run();
        return job.done();
    }

    /** Queues the data of dropped blocks, behind earlier dropped data and before every submission. */
    void requeue(List<PendingData> pending) {
        for (PendingData p : pending) {
            remining.addLast(new Job(p.data(), p.source(), new CompletableFuture<>(), Optional.of(p)));
        }
        reminingSize = remining.size();
    }

    /** Forgets dropped data whose block (or a copy) is canonical again. */
    void cancel(Collection<Long> pendingIds) {
        if (!pendingIds.isEmpty()) {
            remining.removeIf(j -> pendingIds.contains(j.pending().orElseThrow().id()));
            reminingSize = remining.size();
        }
    }

    /** The next job to mine, or null. */
    Job next() {
        Job job = remining.pollFirst();
        if (job != null) {
            reminingSize = remining.size();
            return job;
        }
        job = submissions.pollFirst();
        if (job != null) {
            submitted.decrementAndGet();
        }
        return job;
    }

    /** Jobs taken but not mined go back to the front, in their order. */
    void putBack(List<Job> jobs) {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            Job job = jobs.get(i);
            if (job.pending().isPresent()) {
                remining.addFirst(job);
            } else {
                submitted.incrementAndGet();
                submissions.addFirst(job);
            }
        }
        reminingSize = remining.size();
    }

    boolean hasWork() {
        return reminingSize > 0 || !submissions.isEmpty();
    }

    /** Data waiting, dropped data included. */
    int size() {
        return submitted.get() + reminingSize;
    }

    /**
     * Fails every waiting submission; later ones are refused. Dropped data stays in the store for the
     * next start.
     */
    void failAll(RuntimeException reason) {
        closed = true;
        for (Job job = submissions.pollFirst(); job != null; job = submissions.pollFirst()) {
            submitted.decrementAndGet();
            job.done().completeExceptionally(reason);
        }
        remining.clear();
        reminingSize = 0;
    }
}
