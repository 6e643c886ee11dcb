package dev.rantai.web.ui;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open event stream. Writes happen on the connection's own event loop; when the client
 * reads slower than events come, events are dropped for it (never queued without bound, never
 * waited for) and, once its connection drains, it is told to {@code resync}: fetch the page again.
 */
final class EventClient {
    private final HttpServerResponse response;
    private final Context context;
    private final AtomicLong dropped;
    private boolean behind;
    private volatile boolean closed;

    EventClient(HttpServerResponse response, Context context, AtomicLong dropped) {
        this.response = response;
        this.context = context;
        this.dropped = dropped;
    }

    /** Any thread; returns at once. */
    void send(LiveEvent event) {
        if (closed) {
            return;
        }
        context.runOnContext(v -> write(event.frame()));
    }

    void sendComment(String text) {
        if (!closed) {
            context.runOnContext(v -> write(": " + text + "\n\n"));
        }
    }

    private void write(String frame) {
        if (closed) {
            return;
        }
        if (response.writeQueueFull()) {
            dropped.incrementAndGet();
            if (!behind) {
                behind = true;
                response.drainHandler(v -> {
                    behind = false;
                    write(new LiveEvent("resync", "{}").frame());
                });
            }
            return;
        }
        response.write(frame);
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
