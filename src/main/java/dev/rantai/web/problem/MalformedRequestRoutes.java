package dev.rantai.web.problem;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests that are refused before any resource could read them, answered like the API's other problems
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
 * <li>A {@code Transfer-Encoding} other than {@code chunked} alone: 400 when the body's length cannot be told,
 * 501 for a transfer coding the node does not implement (gzip), rather than the coded bytes taken as the body.</li>
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
        router.route().order(Integer.MIN_VALUE).handler(this::checkRequest).failureHandler(this::missingHost);
    }

    void checkRequest(RoutingContext context) {
        String detail = targetProblem(context.request().uri());
        if (detail != null) {
            answer(context, 400, "Bad Request", detail, false);
            return;
        }
        String codings = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (codings != null) {
            framingProblem(context, codings);
        } else {
            context.next();
        }
    }

    /**
     * RFC 9112, section 6: the body of a request with a {@code Transfer-Encoding} is framed by {@code chunked},
     * applied once and last, or its length cannot be told (400); the node implements no other transfer coding,
     * and would otherwise take the coded bytes (gzip, say) as the body (501, RFC 9112 section 6.1). Both
     * answers close the connection, as what follows the head cannot be read as the next request.
     */
    private void framingProblem(RoutingContext context, String header) {
        String[] codings = header.split(",");
        int chunked = 0;
        String other = null;
        for (String coding : codings) {
            String name = coding.strip();
            if (name.equalsIgnoreCase("chunked")) {
                chunked++;
            } else if (other == null) {
                other = name;
            }
        }
        String shown = header.length() <= 100 ? header : header.substring(0, 100) + "...";
        if (chunked != 1 || !codings[codings.length - 1].strip().equalsIgnoreCase("chunked")) {
            answer(context, 400, "Bad Request", "Transfer-Encoding '" + shown + "' does not end in chunked, applied"
                    + " once, so the body's length cannot be told (RFC 9112, section 6.3). Send the body chunked or"
                    + " with a Content-Length.", true);
        } else if (other != null) {
            answer(context, 501, "Not Implemented", "The transfer coding '" + (other.length() <= 100 ? other
                    : other.substring(0, 100) + "...") + "' is not implemented (RFC 9112, section 6.1). Send the body"
                    + " chunked only, or with a Content-Length.", true);
        } else {
            context.next();
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
        answer(context, 400, "Bad Request", HOST_DETAIL, false);
    }

    private void answer(RoutingContext context, int status, String title, String detail, boolean close) {
        String path = context.request().path() == null ? "" : context.request().path();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        String body;
        String type;
        if (api) {
            try {
                body = json.writeValueAsString(new Problem(ProblemType.HTTP.uri(), title, status, detail,
                        path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE), null));
            } catch (JsonProcessingException e) {
                body = "{\"type\":\"about:blank\",\"status\":" + status + "}";
            }
            type = Problem.MEDIA_TYPE;
        } else {
            body = detail + "\n";
            type = "text/plain; charset=utf-8";
        }
        HttpServerResponse response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(body).onComplete(done -> context.request().connection().close());
        } else {
            response.end(body);
        }
    }
}
