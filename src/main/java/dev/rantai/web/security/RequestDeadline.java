package dev.rantai.web.security;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose body has not fully arrived {@code quarkus.http.read-timeout} after its headers is
 * cut off: its connection is closed. A request without a body is not watched: an event stream
 * ({@code GET /api/events}) stays open as long as its client reads it. The idle timeout ({@code quarkus.http.idle-timeout})
 * already
 * closes a connection that sends nothing for that long, and {@code quarkus.http.limits.max-connections}
 * bounds how many are open; this catches the client that keeps a connection alive by sending a byte
 * now and then and never ends its body, as a reverse proxy's body timeout would. A request served in
 * time costs one timer, cancelled when its response ends.
 */
@ApplicationScoped
public class RequestDeadline {
    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);
    /** Above every other filter: the deadline holds whoever answers the request. */
    static final int PRIORITY = CrossOriginGuard.PRIORITY + 100;

    private final Vertx vertx;
    private final long deadlineMillis;

    RequestDeadline(Vertx vertx, @ConfigProperty(name = "quarkus.http.read-timeout", defaultValue = "60S") Duration deadline) {
        this.vertx = vertx;
        this.deadlineMillis = Math.max(1, deadline.toMillis());
    }

    void register(@Observes Filters filters) {
        filters.register(this::watch, PRIORITY);
    }

    private void watch(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // Only a body can be left unfinished: a request without one (an event stream's GET) is whole once its
        // head is read, and a long answer to it is not the client holding the connection.
        if (dev.rantai.web.problem.MalformedRequestRoutes.hasBody(request) && !request.isEnded()) {
            long timer = vertx.setTimer(deadlineMillis, id -> {
                if (!request.isEnded() && !rc.response().ended()) {
                    LOG.debugf("Closed %s: its request to %s did not end within %d ms", request.remoteAddress(),
                            request.path(), deadlineMillis);
                    request.connection().close();
                }
            });
            rc.addEndHandler(done -> vertx.cancelTimer(timer));
        }
        rc.next();
    }
}
