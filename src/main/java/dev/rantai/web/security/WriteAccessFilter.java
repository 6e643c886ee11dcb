package dev.rantai.web.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.rantai.config.RantaiConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards every write at the HTTP edge, before any route is chosen: the JSON API, the dashboard's forms and
 * whatever endpoint is added later are covered without each one having to remember it. A refused write
 * never reaches a resource, so nothing changes. A browser gives the token once on {@code /token} (see
 * {@link TokenPage}) and the dashboard's writes carry it from then on.
 */
@ApplicationScoped
public class WriteAccessFilter {
    private static final Logger LOG = Logger.getLogger(WriteAccessFilter.class);
    /** Higher runs first; above the default of Quarkus' own filters so a refusal costs nothing more. */
    static final int PRIORITY = 1000;
    static final String PROBLEM_JSON = "application/problem+json";

    void register(@Observes Filters filters, RantaiConfig config) {
        config.api().token().filter(t -> !t.isBlank())
                .ifPresent(token -> filters.register(guard(new WriteAccess(token)), PRIORITY));
    }

    void announce(@Observes StartupEvent event, RantaiConfig config) {
        if (config.api().token().filter(t -> !t.isBlank()).isPresent()) {
            LOG.info("HTTP writes need the API token (Authorization: Bearer); reads are open");
        } else {
            LOG.warn("rantai.api.token is not set: anyone who reaches the HTTP port can submit blocks and change"
                    + " peers");
        }
    }

    private static Handler<RoutingContext> guard(WriteAccess access) {
        return rc -> {
            if (TokenPage.PATH.equals(rc.request().path())) {
                TokenPage.handle(rc, access);
                return;
            }
            if (!WriteAccess.isWrite(rc.request().method().name())) {
                rc.next();
                return;
            }
            Optional<WriteAccess.Refusal> refusal = access.check(credentials(rc));
            if (refusal.isEmpty()) {
                rc.next();
                return;
            }
            refuse(rc, refusal.get());
        };
    }

    /**
     * The Authorization header, or else the token the dashboard's browser holds in its cookie. The cookie is
     * SameSite=Strict, so other sites cannot make a browser send it; the dashboard's forms keep their own
     * CSRF token as well.
     */
    private static Optional<String> credentials(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return Optional.of(header);
        }
        return Optional.ofNullable(rc.request().getCookie(TokenPage.COOKIE))
                .map(c -> "Bearer " + URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext rc, WriteAccess.Refusal refusal) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            // A dashboard form posted by a browser without the token: ask for it (once) instead of showing JSON.
            rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, TokenPage.PATH).end();
            return;
        }
        String body = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", refusal.detail())
                .put("instance", rc.request().path())
                .encode();
        rc.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", refusal.challenge())
                .putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
