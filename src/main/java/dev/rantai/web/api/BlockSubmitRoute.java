package dev.rantai.web.api;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemAnswer;
import dev.rantai.web.problem.ProblemMappers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/blocks}: the body read, its data mined on the tip, and the block answered once it is committed
 * (201 with {@code Location}), as a plain Vert.x route. It is the node's busiest request, and the shortest path
 * through the HTTP layer is the one a node runs fastest while its code is still interpreted, before the JIT has
 * compiled it (docs/architecture.md, "The path of a block"). Everything around it is the API's as for any other
 * request: the edge's checks and guards (token, cross-origin writes, host names, deadline, body size) run before
 * it as Vert.x filters, failures are problem details ({@link ProblemAnswer}, as Quarkus REST's mappers write them),
 * and the operation is described in {@code META-INF/openapi.yaml}. The other methods of the path (GET) stay with
 * {@link BlockResource}; their {@code Allow} header names POST as well.
 */
@Singleton
public class BlockSubmitRoute {
    static final String PATH = "/api/blocks";
    static final String JSON = "application/json;charset=UTF-8";

    private final BlockSubmissions submissions;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    BlockSubmitRoute(BlockSubmissions submissions, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.submissions = submissions;
        this.mapper = mapper;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        // After the edge's filters (negative orders) and Quarkus' upload limit, before Quarkus REST's own route.
        router.post(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::submit);
        router.route(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(BlockSubmitRoute::allowPost);
    }

    private void submit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (AcceptWeights.refusesJson(request.headers().getAll(HttpHeaders.ACCEPT))) {
            request.resume();
            answer(rc, ProblemMappers.http(406, request));
            return;
        }
        Context context = Vertx.currentContext();
        Buffer body = Buffer.buffer();
        // A body cut off (the client gone, or the edge's deadline closed the connection): there is no one to answer.
        // After an answer of this route's own (413), the connection's close is no news.
        request.exceptionHandler(e -> {
            if (!rc.response().ended()) {
                ProblemAnswer.cutOff(request.method().name(), request.path(), request.remoteAddress(),
                        String.valueOf(e.getMessage()));
            }
        });
        request.handler(chunk -> {
            if (rc.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > maxBodyBytes) {
                // Quarkus' upload limit refuses a Content-Length over it; this is a chunked body that grew past it.
                ProblemAnswer.cutOff(request.method().name(), request.path(), request.remoteAddress(),
                        "the body is over " + maxBodyBytes + " bytes (quarkus.http.limits.max-body-size)");
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close").end();
                request.connection().close();
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (rc.response().ended()) {
                return;
            }
            CompletableFuture<Block> mined;
            try {
                mined = submissions.submit(request.getHeader(HttpHeaders.CONTENT_TYPE),
                        request.getHeader(HttpHeaders.CONTENT_ENCODING), body.getBytes());
            } catch (RuntimeException e) {
                failed(rc, e);
                return;
            }
            // The chain completes on its own thread; the answer is written on the request's event loop.
            mined.whenComplete((block, e) -> context.runOnContext(v -> {
                if (e == null) {
                    created(rc, block);
                } else {
                    failed(rc, e);
                }
            }));
        });
        request.resume();
    }

    /** Location is a path, as every link of the API, so it holds behind any proxy. */
    private void created(RoutingContext rc, Block block) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(BlockView.mined(block));
        } catch (JsonProcessingException e) {
            failed(rc, e);
            return;
        }
        rc.response().setStatusCode(201)
                .putHeader(HttpHeaders.LOCATION, "/api/blocks/" + block.hash())
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .end(Buffer.buffer(json));
    }

    private void failed(RoutingContext rc, Throwable e) {
        HttpServerRequest request = rc.request();
        answer(rc, ProblemAnswer.of(e, request.path()).orElseGet(() -> ProblemAnswer.internal(
                ProblemAnswer.incident(e, request.method().name(), request.path()), request.path())));
    }

    private void answer(RoutingContext rc, ProblemAnswer answer) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            return;
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(answer.problem());
        } catch (JsonProcessingException e) {
            // a record of strings and an int: cannot happen, but a request never goes unanswered
            response.setStatusCode(500).end();
            return;
        }
        response.setStatusCode(answer.problem().status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        answer.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(json));
    }

    /**
     * The other methods of the path go on to Quarkus REST, whose {@code Allow} (on OPTIONS, and on the 405 of a
     * method the path does not have) lists only its own methods: POST is added.
     */
    private static void allowPost(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST) {
            HttpServerResponse response = rc.response();
            rc.addHeadersEndHandler(v -> {
                String allow = response.headers().get(HttpHeaders.ALLOW);
                if (allow != null && !allow.contains("POST")) {
                    response.putHeader(HttpHeaders.ALLOW, allow + ", POST");
                }
            });
        }
        rc.next();
    }
}
