package dev.rantai.web.problem;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
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
 * <li>A request target that is not one (RFC 9112, section 3.2; RFC 3986): a {@code %} not followed by two
 * hex digits, a character or byte the syntax does not allow raw (the brackets of an IPv6 host, a space, any
 * byte above 0x7E), a fragment, or a target that does not start with {@code /} (but an absolute URI, or
 * {@code *} for OPTIONS). Quarkus checks part of this below the router with {@code java.net.URI}, which lets
 * more through, and answers a bare 400 without a body. Quarkus' own check is turned off by the system
 * property {@value #QUARKUS_URI_CHECK}, which Quarkus reads once when its HTTP layer is loaded, before any
 * bean exists: {@link dev.rantai.RantaiMain} sets it, and the build sets it for dev mode and tests. Where it
 * is not set (a launcher of one's own), the bare 400 stays for what it catches.</li>
 * <li>A request line whose version is not HTTP/1.0 or HTTP/1.1 ({@code HTTP/3.0}, {@code FOO/1.1}): 505 in
 * HTTP/1.1, the connection closed. Netty takes any {@code NAME/major.minor} and Vert.x would answer in it.</li>
 * <li>More than one {@code Host} header (400, RFC 9112 section 3.2), or none that is usable
 * ({@code host[:port]}), which Vert.x Web fails with 400 before any route runs; Quarkus' own error handler
 * would answer it with its generic body and an ERROR line with an error id.</li>
 * <li>A {@code Transfer-Encoding} other than {@code chunked} alone: 400 when the body's length cannot be told,
 * 501 for a transfer coding the node does not implement (gzip), rather than the coded bytes taken as the
 * body. The connection is closed, and any request read from it after the refused one is dropped unanswered:
 * what follows a head whose body cannot be framed is not a request, and must not be run as one.</li>
 * <li>A {@code Content-Encoding} other than {@code identity} on a request outside {@code /api} (the
 * dashboard's forms): 415 with {@code Accept-Encoding: identity}, the connection closed, as the API's two
 * writes refuse it themselves (and count it).</li>
 * </ul>
 * A request line the HTTP codec cannot parse at all is refused by Netty with a bare 400 (or 414 for a line
 * over 4 KiB) and a closed connection; that never reaches the node.
 */
@Singleton
public class MalformedRequestRoutes {
    static final String HOST_DETAIL = "An HTTP/1.1 request needs one Host header of the form host[:port] (RFC 9112, section 3.2).";
    /** The system property that turns off Quarkus' check of the request target (its bare 400). */
    public static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";
    private static final int MAX_INSTANCE = 200;
    private static final String HINT = ". Percent-encode what a URI cannot hold raw: a % as %25, [ and ] as %5B and"
            + " %5D, a space as %20.";

    private final ObjectMapper json;
    /** Connections refused for their framing: whatever else is read from them is dropped. */
    private final Set<HttpConnection> closing = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    MalformedRequestRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkRequest).failureHandler(this::failedBeforeRouting);
    }

    void checkRequest(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (closing.contains(request.connection())) {
            request.connection().close();
            return;
        }
        if (context.response().writeQueueFull()) {
            // A client that pipelines requests and does not read the answers would have every answer held in
            // memory: once its connection's write queue is full, no further request of it is run.
            request.connection().close();
            return;
        }
        if (request.version() == null) {
            unsupportedVersion(context);
            return;
        }
        String detail = targetProblem(request.method(), request.uri());
        if (detail != null) {
            answer(context, 400, "Bad Request", detail, false);
            return;
        }
        List<String> hosts = request.headers().getAll(HttpHeaders.HOST);
        if (hosts.size() > 1) {
            answer(context, 400, "Bad Request", HOST_DETAIL + " This request has several.", false);
            return;
        }
        if (hosts.size() == 1 && hosts.get(0).isBlank() && request.version() == HttpVersion.HTTP_1_1) {
            // An empty Host is allowed only where the target has no authority (RFC 9112, 3.2); this node has one.
            answer(context, 400, "Bad Request", HOST_DETAIL + " This request's is empty.", false);
            return;
        }
        List<String> transfer = request.headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        if (!transfer.isEmpty() && framingProblem(context, String.join(",", transfer))) {
            return;
        }
        if (!isApi(request.path()) && hasBody(request) && contentCodingProblem(context)) {
            return;
        }
        context.next();
    }

    /**
     * RFC 9112, section 6: the body of a request with a {@code Transfer-Encoding} is framed by {@code chunked},
     * applied once and last, or its length cannot be told (400); the node implements no other transfer coding
     * (501, RFC 9112 section 6.1). Empty list elements are allowed (RFC 9110, section 5.6.1).
     *
     * @return whether the request was refused
     */
    private boolean framingProblem(RoutingContext context, String header) {
        int chunked = 0;
        String other = null;
        String last = null;
        for (String coding : header.split(",")) {
            String name = coding.strip();
            if (name.isEmpty()) {
                continue;
            }
            last = name;
            if (name.equalsIgnoreCase("chunked")) {
                chunked++;
            } else if (other == null) {
                other = name;
            }
        }
        if (chunked != 1 || !"chunked".equalsIgnoreCase(last)) {
            answer(context, 400, "Bad Request",
                    "Transfer-Encoding '" + ProblemMappers.shown(header) + "' does not end in chunked,"
                            + " applied once, so the body's length cannot be told (RFC 9112, section 6.3). Send the body"
                            + " chunked or with a Content-Length.",
                    true);
            return true;
        }
        if (other != null) {
            answer(context, 501, "Not Implemented",
                    "The transfer coding '" + ProblemMappers.shown(other) + "' is not implemented"
                            + " (RFC 9112, section 6.1). Send the body chunked only, or with a Content-Length.",
                    true);
            return true;
        }
        return false;
    }

    /** Whether the request announces a body: a Content-Length above 0, or a Transfer-Encoding. */
    public static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private boolean contentCodingProblem(RoutingContext context) {
        String header = String.join(",", context.request().headers().getAll(HttpHeaders.CONTENT_ENCODING));
        if (ProblemMappers.contentCoding(header) == null) {
            return false;
        }
        context.response().putHeader("Accept-Encoding", "identity");
        answer(context, 415, "Unsupported Media Type", "Content-Encoding '" + ProblemMappers.shown(header.strip())
                + "' is not taken: send the body as it is, without a content coding.", true);
        return true;
    }

    /**
     * Why {@code target} is not a request target (RFC 9112, section 3.2; its characters as RFC 3986 allows
     * them in a path and query), in words, or null when it is one. The text is as the HTTP codec read it, one
     * character per byte.
     */
    static String targetProblem(HttpMethod method, String target) {
        if (target == null || target.isEmpty()) {
            return "The request has no target.";
        }
        if (target.equals("*")) {
            return HttpMethod.OPTIONS.equals(method) ? null
                    : "The target * is only for OPTIONS (RFC 9112, section 3.2.4); give a path starting with /.";
        }
        int start = 0;
        if (target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8)) {
            // absolute form: the authority ends at the first / or ?; it may hold an IPv6 host's brackets
            start = target.indexOf("://") + 3;
            while (start < target.length() && target.charAt(start) != '/' && target.charAt(start) != '?') {
                char c = target.charAt(start);
                if (!allowed(c) && c != '[' && c != ']' || c == '/' || c == '?' || c == '%') {
                    return "The request target is not a URI (RFC 3986): its authority holds a character it cannot"
                            + at(target, start) + HINT;
                }
                start++;
            }
        } else if (target.charAt(0) != '/') {
            return "The request target must start with / (RFC 9112, section 3.2.1): '" + ProblemMappers.shown(target) + "'"
                    + HINT;
        }
        for (int i = start; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2))) {
                    return "The request target is not a URI (RFC 3986): a % must be followed by two hex digits"
                            + at(target, i) + HINT;
                }
                i += 2;
            } else if (c == '#') {
                return "The request target is not a URI (RFC 3986): a fragment (#) is never sent in a request"
                        + " (RFC 9112, section 3.2)" + at(target, i) + "; leave it out, or send # as %23" + HINT;
            } else if (!allowed(c)) {
                return "The request target is not a URI (RFC 3986): a character that must be percent-encoded"
                        + at(target, i) + HINT;
            }
        }
        String path = target.substring(start).split("\\?", 2)[0];
        for (String segment : path.split("/", -1)) {
            String plain = segment.replace("%2e", ".").replace("%2E", ".");
            if (plain.equals(".") || plain.equals("..")) {
                return "The request path holds a dot segment ('" + ProblemMappers.shown(segment) + "'), which a client removes"
                        + " before it sends a path (RFC 3986, section 5.2.4): send the path it stands for.";
            }
        }
        if (path.contains("//")) {
            return "The request path holds an empty segment (//): send the path with single slashes.";
        }
        return null;
    }

    /** RFC 3986's unreserved and sub-delims characters, and : @ / ? as a path and query allow them. */
    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String at(String target, int i) {
        char c = target.charAt(i);
        String shown = c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("byte 0x%02X", (int) c & 0xff);
        return " at character " + (i + 1) + " (" + shown + ")";
    }

    /**
     * Failures of Vert.x Web before any route runs: no usable {@code Host} (400), or a target with no path
     * ({@code ?x}, {@code %zz}), which would otherwise reach Quarkus' error handler and be logged as an error.
     */
    void failedBeforeRouting(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.response().headWritten() || context.statusCode() != 400 && context.statusCode() != 404) {
            context.next();
            return;
        }
        String detail = targetProblem(request.method(), request.uri());
        if (detail != null) {
            answer(context, 400, "Bad Request", detail, false);
        } else if (context.statusCode() == 400 && request.version() != HttpVersion.HTTP_2 && request.authority() == null) {
            answer(context, 400, "Bad Request", HOST_DETAIL, false);
        } else {
            context.next();
        }
    }

    private static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /**
     * 505 for a request line that names neither HTTP/1.0 nor HTTP/1.1 (Vert.x knows no other HTTP/1 version; Netty
     * passes any {@code NAME/x.y} on), and the connection closed. Vert.x would write the status line in the version
     * the request named ({@code FOO/1.1 505}), which no client can read, and it hands out the connection as a socket
     * only for CONNECT and upgrades; so the answer, in HTTP/1.1 (RFC 9112, section 2.3), is written on the Netty
     * channel below Vert.x's response encoder. Where the channel cannot be reached so, Vert.x answers.
     */
    private void unsupportedVersion(RoutingContext context) {
        String detail = "This node speaks HTTP/1.1 and HTTP/1.0; the request line names another protocol or version"
                + " (RFC 9112, section 2.3).";
        Answer answer = body(context, 505, "HTTP Version Not Supported", detail);
        HttpConnection connection = context.request().connection();
        io.netty.channel.ChannelHandlerContext encoder = connection instanceof io.vertx.core.net.impl.ConnectionBase base
                ? base.channelHandlerContext().pipeline().context(io.netty.handler.codec.http.HttpResponseEncoder.class)
                : null;
        if (encoder == null) {
            answer(context, 505, "HTTP Version Not Supported", detail, true);
            return;
        }
        closing.add(connection);
        byte[] body = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 505 HTTP Version Not Supported\r\ncontent-type: " + answer.type() + "\r\ncontent-length: "
                + body.length + "\r\nconnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        encoder.executor().execute(() -> encoder.writeAndFlush(io.netty.buffer.Unpooled.wrappedBuffer(head, body))
                .addListener(io.netty.channel.ChannelFutureListener.CLOSE));
    }

    /** The body of an answer and its media type. */
    private record Answer(String body, String type) {
    }

    /** The answer's body: a problem under {@code /api}, plain text elsewhere. */
    private Answer body(RoutingContext context, int status, String title, String detail) {
        String path = context.request().path() == null ? "" : context.request().path();
        if (isApi(path)) {
            try {
                return new Answer(json.writeValueAsString(new Problem(ProblemType.HTTP.uri(), title, status, detail,
                        path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE), null)), Problem.MEDIA_TYPE);
            } catch (JsonProcessingException e) {
                return new Answer("{\"type\":\"about:blank\",\"status\":" + status + "}", Problem.MEDIA_TYPE);
            }
        }
        return new Answer(detail + "\n", "text/plain; charset=utf-8");
    }

    private void answer(RoutingContext context, int status, String title, String detail, boolean close) {
        Answer answer = body(context, status, title, detail);
        String body = answer.body();
        HttpServerResponse response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE,
                answer.type());
        if (close) {
            // Marked before the answer ends: Vert.x may hand the next pipelined request on from within end().
            HttpConnection connection = context.request().connection();
            closing.add(connection);
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(body).onComplete(done -> connection.close());
        } else {
            response.end(body);
        }
    }
}
