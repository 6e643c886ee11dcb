package dev.rantai.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/events}: the dashboard's Server-Sent Events. A plain Vert.x route, so that each
 * stream's write queue is visible and a slow reader loses events instead of holding anyone up.
 * Events: hello, block, tip, reorg, peers, p2p, resync (see docs/dashboard.md).
 */
@ApplicationScoped
public class EventStreamRoute {
    static final String PATH = "/api/events";
    /** Tells the browser how soon to reconnect, in ms; a comment every 15 s keeps proxies from closing the stream. */
    static final int RETRY_MILLIS = 2000;
    static final long HEARTBEAT_MILLIS = 15_000;

    private final EventHub hub;
    private final Vertx vertx;
    private long heartbeatTimer = -1;

    EventStreamRoute(EventHub hub, Vertx vertx) {
        this.hub = hub;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::open);
        heartbeatTimer = vertx.setPeriodic(HEARTBEAT_MILLIS, id -> hub.heartbeat());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
    }

    private void open(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        // Small queue: a stream more than ~64 KiB behind is slow and starts losing events.
        response.setWriteQueueMaxSize(64 * 1024);
        EventClient client = new EventClient(response, vertx.getOrCreateContext(), hub.droppedCounter());
        response.closeHandler(v -> hub.closed(client));
        response.write("retry: " + RETRY_MILLIS + "\n\n");
        hub.open(client);
    }
}
