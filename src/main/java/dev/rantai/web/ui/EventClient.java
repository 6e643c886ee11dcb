package dev.rantai.web.ui;

import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * One open event stream. Writes happen on the connection's own event loop, one per window of
 * events; when the client reads slower than events come, windows are dropped for it (never queued
 * without bound, never waited for) and, once its connection drains, it is told to {@code resync}:
 * fetch the page again.
 */
final class EventClient {
    private final HttpServerResponse response;
    private final Context context;
    private final AtomicLong dropped;
    private final EventSelection selection;
    private boolean behind;
    private volatile boolean closed;

    EventClient(HttpServerResponse response, Context context, AtomicLong dropped, EventSelection selection) {
        this.response = response;
        this.context = context;
        this.dropped = dropped;
        this.selection = selection;
    }

    /** The events this stream asked for. */
    EventSelection selection() {
        return selection;
    }

    /** On the stream's own context, when it opens: written at once, before any window. */
    void greet(LiveEvent hello) {
        write(Buffer.buffer(hello.frame()), 1);
    }

    /** Any thread; returns at once. {@code frames} holds {@code events} whole events. */
    void send(Buffer frames, int events) {
        if (!closed) {
            context.runOnContext(v -> write(frames, events));
        }
    }

    void sendComment(String text) {
        if (!closed) {
            context.runOnContext(v -> write(Buffer.buffer(": " + text + "\n\n"), 0));
        }
    }

    private void write(Buffer frames, int events) {
        if (closed) {
            return;
        }
        if (response.writeQueueFull()) {
            dropped.addAndGet(events);
            if (!behind) {
                behind = true;
                response.drainHandler(v -> {
                    behind = false;
                    write(Buffer.buffer(new LiveEvent("resync", "{}").frame()), 1);
                });
            }
            return;
        }
        response.write(frames);
    }

    void markClosed() {
        closed = true;
    }

    void close() {
        closed = true;
        context.runOnContext(v -> {
            if (!response.ended() && !response.closed()) {
                response.end();
            }
        });
    }
}
