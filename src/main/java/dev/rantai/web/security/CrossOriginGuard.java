package dev.rantai.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.rantai.web.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses every write (any method but GET, HEAD, OPTIONS) that a browser sends on behalf of a page
 * of another origin, before any route or token check runs: the JSON API, the dashboard's forms and
 * {@code /token} alike, with or without an API token.
 *
 * <p>
 * The decision follows Go's {@code http.CrossOriginProtection} (and the Fetch Metadata proposal
 * that Rails and Django apply): a browser says where a request comes from in {@code
 * Sec-Fetch-Site} (every current browser) or, older ones, in {@code Origin}. {@code same-origin}
 * and {@code none} (typed by the user) pass; {@code same-site} does not, because another port of
 * the same host is another origin that may belong to someone else. Without either header the
 * request does not come from a browser page (curl, scripts, other nodes) and passes: what protects
 * those writes is the API token. {@code Origin} is compared with the request's own scheme, host and
 * port ({@code Host}, or the forwarded host behind a proxy that Quarkus is told to trust).
 */
@ApplicationScoped
public class CrossOriginGuard {
    /** Above the token check: a forged request is refused before its cookie is even looked at. */
    static final int PRIORITY = WriteAccessFilter.PRIORITY + 100;
    static final String DETAIL = "This write came from a page of another site (Origin or Sec-Fetch-Site says so):"
            + " browsers may only change this node from its own pages. Scripts and curl send neither header.";

    void register(@Observes Filters filters) {
        filters.register(CrossOriginGuard::check, PRIORITY);
    }

    static void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!WriteAccess.isWrite(request.method().name()) || allowed(request)) {
            rc.next();
            return;
        }
        refuse(rc, ProblemType.CROSS_ORIGIN_WRITE, DETAIL);
    }

    static boolean allowed(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            return s.equals("same-origin") || s.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        return originOf(origin).map(o -> o.equals(ownOrigin(request))).orElse(false);
    }

    /** scheme://host:port of an Origin header, lower case with the default port made explicit; empty for "null". */
    static Optional<String> originOf(String origin) {
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String ownOrigin(HttpServerRequest request) {
        String scheme = request.isSSL() ? "https" : request.scheme();
        String authority = request.authority() == null ? "" : request.authority().toString();
        return originOf(scheme + "://" + authority).orElse("");
    }

    /** Answers 403 with the problem: as problem+json under {@code /api}, as plain text elsewhere (pages, forms). */
    static void refuse(RoutingContext rc, ProblemType type, String detail) {
        String path = rc.request().path();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (api) {
            rc.response().setStatusCode(403)
                    .putHeader(HttpHeaders.CONTENT_TYPE, WriteAccessFilter.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(new JsonObject().put("type", type.uri()).put("title", type.title()).put("status", 403)
                            .put("detail", detail).put("instance", path).encode());
        } else {
            rc.response().setStatusCode(403)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(detail + "\n");
        }
    }
}
