package dev.rantai.devmode;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The first route of an application's router after Quarkus' live-reload check: a request that reaches the
 * router of an application that live reload has already replaced is handed to the current application's root
 * handler instead of running the replaced application's code.
 * <p>
 * Why: in dev mode the HTTP server, Vert.x and Arc's static container lookup ({@code Arc.container()}) outlive a
 * reload, while the application's classes are loaded again by a new class loader. Quarkus lets a request that
 * waited for a running reload continue into the router it entered, the replaced one (its
 * {@code VertxHttpHotReplacementSetup} calls {@code routingContext.next()} after the reload). That request then
 * runs old classes against the new container: it fails with {@code X cannot be cast to X}, or, when it is the first
 * to need a lazily created bean (a REST resource, an exception mapper), it stores an instance of the old class in
 * the new container, and every later request to that bean fails the same way until the next reload.
 * <p>
 * A request is handed over once (marked by {@link #HANDED_OVER}); if the current application is not up yet, or
 * still the same router, it is answered 503 with {@code Retry-After: 1} without touching the application.
 */
final class StaleApplicationHandler implements Handler<RoutingContext> {
    /** Request header that marks a request already handed to the current application. */
    static final String HANDED_OVER = "x-rantai-live-reload-handed-over";

    private final BooleanSupplier current;
    private final Supplier<Handler<HttpServerRequest>> rootHandler;

    /**
     * @param current whether the application that owns this router is still the running one
     * @param rootHandler the HTTP server's handler of the running application, or null between two applications
     */
    StaleApplicationHandler(BooleanSupplier current, Supplier<Handler<HttpServerRequest>> rootHandler) {
        this.current = current;
        this.rootHandler = rootHandler;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (current.getAsBoolean()) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        Handler<HttpServerRequest> root = rootHandler.get();
        if (root == null || request.headers().contains(HANDED_OVER)) {
            ctx.response().setStatusCode(503).putHeader("Retry-After", "1")
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("The application is being reloaded; try again.\n");
            return;
        }
        request.headers().set(HANDED_OVER, "true");
        root.handle(request);
    }
}
