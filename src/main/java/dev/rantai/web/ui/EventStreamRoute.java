package dev.rantai.web.ui;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemType;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/events}: the dashboard's Server-Sent Events. A plain Vert.x route, so that each
 * stream's write queue is visible and a slow reader loses events instead of holding anyone up.
 * Events: hello, block, tip, reorg, peers, p2p, resync (see docs/dashboard.md); {@code ?events=peers,tip}
 * asks for only those ({@link EventSelection}), a name that is not an event gets 400.
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
        EventSelection selection;
        try {
            if (ctx.request().params().getAll("events").size() > 1) {
                // as on every other endpoint: which of two values a server takes is never guessed
                throw new IllegalArgumentException("events is given more than once; give it once, as a list"
                        + " (events=peers,tip).");
            }
            selection = EventSelection.parse(Optional.ofNullable(ctx.request().getParam("events")));
        } catch (IllegalArgumentException e) {
            ctx.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(new JsonObject().put("type", ProblemType.INVALID_PARAMETER.uri())
                            .put("title", ProblemType.INVALID_PARAMETER.title()).put("status", 400)
                            .put("detail", e.getMessage()).put("instance", PATH).encode());
            return;
        }
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        // Small queue: a stream more than ~64 KiB behind is slow and starts losing events.
        response.setWriteQueueMaxSize(64 * 1024);
        EventClient client = new EventClient(response, vertx.getOrCreateContext(), hub.droppedCounter(), selection);
        response.closeHandler(v -> hub.closed(client));
        response.write("retry: " + RETRY_MILLIS + "\n\n");
        hub.open(client);
    }
}
