package dev.rantai.p2p.transport;

import java.util.concurrent.CompletableFuture;

/**
 * One TCP (or TLS) connection as the protocol sees it: lines in, bytes out, with flow control.
 * Every method is called on the node's {@link EventLoop}, and every callback arrives there.
 */
public interface Connection {

    /** What the connection reports: each line (without its newline), an over-long line, the end. */
    interface Inbound {
        void onLine(byte[] line);

        /** No newline within the frame limit: the connection reads nothing more. */
        void onOversize();

        void onClosed();
    }

    /** Starts reading; lines go to {@code inbound}. */
    void start(Inbound inbound);

    /**
     * Completes when the connection is ready for the protocol: at once for plain TCP; for an inbound
     * TLS connection once its TLS handshake is done (it fails if the handshake fails).
     */
    CompletableFuture<Void> secure();

    String remoteHost();

    int remotePort();

    /** Queues the bytes for sending. Callers check {@link #writeQueueFull()} first: the queue itself is unbounded. */
    void write(byte[] bytes);

    /** Whether more is queued than the connection's high-water mark. */
    boolean writeQueueFull();

    /** Runs once the queue fell below its low-water mark again; replaces an earlier handler. */
    void onDrain(Runnable handler);

    /** Stops (and {@link #resumeReading()} resumes) taking lines; TCP flow control then holds the sender. */
    void pauseReading();

    void resumeReading();

    /** Closes after what is queued has been written. */
    void close();
}
