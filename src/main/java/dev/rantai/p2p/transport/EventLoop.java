package dev.rantai.p2p.transport;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The one thread that owns a node's peer-to-peer state: everything of a session runs here, so
 * nothing needs a lock, and nothing here may block. Work that blocks (store reads) is offloaded.
 */
public interface EventLoop {
    void execute(Runnable task);

    /** Runs {@code task} on a worker thread; the future completes on this loop. */
    <T> CompletableFuture<T> offload(Callable<T> task);

    /** Runs {@code task} on this loop after the delay; returns an id for {@link #cancel}. */
    long timer(long delayMillis, Runnable task);

    long periodic(long periodMillis, Runnable task);

    void cancel(long timerId);
}
