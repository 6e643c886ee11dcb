package dev.rantai.web.problem;

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
 * An HTTP/1.x request without a usable {@code Host} header (none, or one that is not
 * {@code host[:port]}) is refused by Vert.x Web with 400 before any route runs (RFC 9112, 3.2).
 * Quarkus' own error handler would answer it with its generic error body and log it at ERROR with
 * an error id: one line per request, so anyone could fill the log. This failure handler, ahead of
 * every other, answers it like the API's other 400s (problem+json under {@code /api}, plain text
 * elsewhere) and logs nothing: it is the client's mistake.
 */
@Singleton
public class MissingHostRoute {
    static final String DETAIL = "An HTTP/1.1 request needs a Host header of the form host[:port] (RFC 9112, section 3.2).";

    private final ObjectMapper json;

    MissingHostRoute(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.statusCode() != 400 || request.version() == HttpVersion.HTTP_2 || request.authority() != null
                || context.response().headWritten()) {
            context.next();
            return;
        }
        String path = request.path() == null ? "" : request.path();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        String body;
        String type;
        if (api) {
            try {
                body = json.writeValueAsString(new Problem(ProblemType.HTTP.uri(), "Bad Request", 400, DETAIL,
                        path.length() <= 200 ? path : path.substring(0, 200), null));
            } catch (JsonProcessingException e) {
                body = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}";
            }
            type = Problem.MEDIA_TYPE;
        } else {
            body = DETAIL + "\n";
            type = "text/plain; charset=utf-8";
        }
        context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, type).end(body);
    }
}
