package dev.rantai.web.problem;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests that are refused before any resource could read them, answered like the API's other 400s
 * (problem+json under {@code /api}, plain text elsewhere) and never logged: they are the client's mistake,
 * and one log line per request would let anyone fill the log.
 * <ul>
 * <li>A request target that is not a URI (RFC 3986): a {@code %} not followed by two hex digits, or a
 * character the syntax does not allow raw, such as the brackets of an IPv6 host in a path. Quarkus checks
 * this below the router with {@link URI#URI(String)} and answers a bare 400 without a body. This route makes
 * the same check first of all routes, with a detail that says what is wrong. Quarkus' own check is turned
 * off by the system property {@value #QUARKUS_URI_CHECK}, which Quarkus reads once when its HTTP layer is
 * loaded, before any bean exists: {@link dev.rantai.RantaiMain} sets it, and the build sets it for dev mode
 * and tests. Where it is not set (a launcher of one's own), the bare 400 stays: nothing more is let
 * through either way.</li>
 * <li>An HTTP/1.x request without a usable {@code Host} header (none, or one that is not
 * {@code host[:port]}), which Vert.x Web fails with 400 before any route runs (RFC 9112, section 3.2).
 * Quarkus' own error handler would answer it with its generic body and an ERROR line with an error id.</li>
 * </ul>
 * A request line the HTTP codec cannot parse at all (a space inside the target) is refused by Netty with a
 * bare 400 and a closed connection; that never reaches the node.
 */
@Singleton
public class MalformedRequestRoutes {
    static final String HOST_DETAIL = "An HTTP/1.1 request needs a Host header of the form host[:port] (RFC 9112, section 3.2).";
    /** The system property that turns off Quarkus' check of the request target (its bare 400). */
    public static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";
    private static final int MAX_INSTANCE = 200;

    private final ObjectMapper json;

    MalformedRequestRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkTarget).failureHandler(this::missingHost);
    }

    void checkTarget(RoutingContext context) {
        String target = context.request().uri();
        String detail = targetProblem(target);
        if (detail == null) {
            context.next();
        } else {
            answer(context, detail);
        }
    }

    /**
     * @return why {@code target} is not a URI reference (RFC 3986), in words, or null when it is one
     */
    static String targetProblem(String target) {
        if (target == null) {
            return "The request has no target.";
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            String at = e.getIndex() >= 0 && e.getIndex() < target.length()
                    ? " at character " + (e.getIndex() + 1) + " ('" + printable(target.charAt(e.getIndex())) + "')"
                    : "";
            return "The request target is not a URI (RFC 3986): " + reason(e) + at
                    + ". Percent-encode what a URI cannot hold raw: a % as %25, [ and ] as %5B and %5D, a space as %20.";
        }
    }

    private static String reason(URISyntaxException e) {
        String reason = e.getReason();
        if (reason.startsWith("Malformed escape pair")) {
            return "a % must be followed by two hex digits";
        }
        return reason.startsWith("Illegal character") ? "a character that must be percent-encoded" : reason;
    }

    private static String printable(char c) {
        return c >= 0x21 && c < 0x7f ? String.valueOf(c) : String.format("U+%04X", (int) c);
    }

    void missingHost(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.statusCode() != 400 || request.version() == HttpVersion.HTTP_2 || request.authority() != null
                || context.response().headWritten()) {
            context.next();
            return;
        }
        answer(context, HOST_DETAIL);
    }

    private void answer(RoutingContext context, String detail) {
        String path = context.request().path() == null ? "" : context.request().path();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        String body;
        String type;
        if (api) {
            try {
                body = json.writeValueAsString(new Problem(ProblemType.HTTP.uri(), "Bad Request", 400, detail,
                        path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE), null));
            } catch (JsonProcessingException e) {
                body = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}";
            }
            type = Problem.MEDIA_TYPE;
        } else {
            body = detail + "\n";
            type = "text/plain; charset=utf-8";
        }
        context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, type).end(body);
    }
}
