package dev.rantai.web.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemAnswer;
import dev.rantai.web.problem.ProblemMappers;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.ConnectionBase;
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
    /** The path, with a trailing slash or matrix parameters ({@code /api/blocks;v=1}), as Quarkus REST matched it. */
    static final String PATH_PATTERN = "/api(;[^/]*)?/blocks(;[^/]*)?(/(;[^/]*)?)?";
    /** Where Quarkus' HTTP metrics read a request's uri template (its request context's local data). */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    /** Request bodies of the largest size the node holds at once, at most. */
    static final int BODIES_AT_MOST = 16;
    /** Request bodies of the largest size one client address sends at once, at most: a quarter of the total. */
    static final int BODIES_PER_ADDRESS_AT_MOST = 4;
    /** Bodies of at least this many bytes are read on a Vert.x worker, as the P2P layer's long lines are. */
    static final int OFF_LOOP_BYTES = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(BlockSubmitRoute.class);

    private final BlockSubmissions submissions;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final BodyBudget bodies;

    BlockSubmitRoute(BlockSubmissions submissions, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.submissions = submissions;
        this.mapper = mapper;
        this.maxBodyBytes = maxBody.asLongValue();
        // 16 bodies of the largest size at once (32 MiB by default), or an eighth of the heap if that is less; a
        // quarter of that for one client address (8 MiB), never less than one body of the largest size
        long limit = Math.max(maxBodyBytes, Math.min(Runtime.getRuntime().maxMemory() / 8, BODIES_AT_MOST * maxBodyBytes));
        this.bodies = new BodyBudget(limit,
                Math.max(maxBodyBytes, limit / BODIES_AT_MOST * BODIES_PER_ADDRESS_AT_MOST));
    }

    void register(@Observes Router router) {
        // After the edge's filters (negative orders) and Quarkus' upload limit, before Quarkus REST's own route. The
        // path as Quarkus REST matched it: a trailing slash, and matrix parameters (RFC 3986, section 3.3), are allowed.
        router.postWithRegex(PATH_PATTERN).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::submit);
        router.routeWithRegex(PATH_PATTERN).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(BlockSubmitRoute::allowPost);
    }

    private void submit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Context context = Vertx.currentContext();
        // The HTTP metrics' uri tag: the operation's path, never the path as this request spelt it.
        context.putLocal(URL_PATH_TEMPLATE, PATH);
        if (AcceptWeights.refusesJson(request.headers().getAll(HttpHeaders.ACCEPT))) {
            refuseEarly(rc, ProblemMappers.http(406, request));
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() && ProblemMappers.mediaType(contentType).isEmpty()) {
            // as for every other body of the API: a header that names no media type is malformed (RFC 9110, 8.3)
            refuseEarly(rc, ProblemMappers.http(400, request));
            return;
        }
        if (rc.response().closed()) {
            // a request pipelined behind one whose connection has closed since: no one to answer, nothing to keep
            return;
        }
        String address = address(request);
        long declared = Math.max(declaredLength(request), 0);
        if (!bodies.fits(address, declared)) {
            // a body that could not be kept whole is refused at its head, before its client sends it
            refuseEarly(rc, busy(request, address, declared));
            return;
        }
        BodyReader reader = new BodyReader(rc, address);
        request.exceptionHandler(reader::cutOff);
        request.handler(reader::chunk);
        request.endHandler(end -> {
            if (!reader.done()) {
                return;
            }
            // Every value of a repeated header, as Quarkus REST read them: two Content-Types are no media type.
            String type = joined(request, HttpHeaders.CONTENT_TYPE);
            String coding = joined(request, HttpHeaders.CONTENT_ENCODING);
            byte[] bytes = reader.bytes();
            if (bytes.length < OFF_LOOP_BYTES) {
                mine(rc, context, () -> submissions.submit(type, coding, bytes));
            } else {
                // decoding and parsing up to 2 MiB takes tens of milliseconds: on a worker, while the loop serves others
                context.executeBlocking(() -> submissions.submit(type, coding, bytes), false)
                        .onComplete(read -> mine(rc, context, read.failed()
                                ? () -> CompletableFuture.failedFuture(read.cause())
                                : read::result));
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
                && request.version() == HttpVersion.HTTP_1_1) {
            // RFC 9110, section 10.1.1: the client waits for this before it sends the body
            rc.response().writeContinue();
        }
        request.resume();
    }

    /**
     * Answers a submission once the chain has it: the chain completes on its own thread, and the answer is written on
     * the request's event loop.
     */
    private void mine(RoutingContext rc, Context context, Supplier<CompletableFuture<Block>> submission) {
        CompletableFuture<Block> mined;
        try {
            mined = submission.get();
        } catch (RuntimeException e) {
            failed(rc, e);
            return;
        }
        mined.whenComplete((block, e) -> context.runOnContext(v -> {
            if (e == null) {
                created(rc, block);
            } else {
                failed(rc, e);
            }
        }));
    }

    /**
     * The body of one submission, its bytes counted against {@link #bodies} as they arrive and released when the
     * request ends in any way (answered, or its connection closed).
     */
    private final class BodyReader {
        private final RoutingContext rc;
        private final String address;
        private final Buffer body = Buffer.buffer();
        private long reserved;
        /** Answered already, cut off, or its connection closed: whatever still comes is not kept. */
        private boolean refused;

        BodyReader(RoutingContext rc, String address) {
            this.rc = rc;
            this.address = address;
            // The connection's own end as well: a request pipelined behind another can be taken as its connection
            // closes, and then neither its end nor its failure is reported to the route (Vert.x 4.5 fails on the
            // response it has not made yet). A future that is done runs the listener at once; both run on the loop.
            // The listener goes with the request's end, so a kept-alive connection does not gather one per request.
            GenericFutureListener<Future<? super Void>> onClose = closed -> {
                refused = true;
                release();
            };
            Future<Void> closing = rc.request().connection() instanceof ConnectionBase connection
                    ? connection.channel().closeFuture()
                    : null;
            if (closing != null) {
                closing.addListener(onClose);
            }
            rc.addEndHandler(v -> {
                release();
                if (closing != null) {
                    closing.removeListener(onClose);
                }
            });
        }

        private void release() {
            bodies.release(address, reserved);
            reserved = 0;
        }

        void chunk(Buffer chunk) {
            if (refused) {
                return;
            }
            HttpServerRequest request = rc.request();
            long length = (long) body.length() + chunk.length();
            if (length > maxBodyBytes) {
                // Quarkus' upload limit refuses a Content-Length over it; this is a chunked body that grew past it.
                refused = true;
                ProblemAnswer.cutOff(request.method().name(), request.path(), request.remoteAddress(),
                        "the body is over " + maxBodyBytes + " bytes (quarkus.http.limits.max-body-size)");
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close").end();
                request.connection().close();
                return;
            }
            if (length > reserved) {
                if (!bodies.reserve(address, length - reserved)) {
                    refused = true;
                    refuseEarly(rc, busy(request, address, length - reserved));
                    return;
                }
                reserved = length;
            }
            body.appendBuffer(chunk);
        }

        /**
         * A body cut off: the client gone, or the edge's deadline closed the connection. No one is left to answer,
         * and it is not logged: a client could write a line with every request it breaks off.
         */
        void cutOff(Throwable e) {
            refused = true;
            LOG.debugf("Request POST %s from %s cut off: %s", rc.request().path(), rc.request().remoteAddress(),
                    e.getMessage());
        }

        boolean done() {
            return !refused && !rc.response().ended();
        }

        byte[] bytes() {
            return body.getBytes();
        }
    }

    /** The declared Content-Length, or -1 (chunked, or none). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String joined(HttpServerRequest request, CharSequence name) {
        java.util.List<String> values = request.headers().getAll(name);
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** Bytes of submissions' bodies held now, over all requests. */
    long heldBodyBytes() {
        return bodies.held();
    }

    private ProblemAnswer busy(HttpServerRequest request, String address, long bytes) {
        String detail = bodies.overShare(address, bytes)
                ? "this client address is sending " + (bodies.share() >> 20)
                        + " MiB of submissions' bodies at once already, the most one address may"
                : "the node is receiving " + (bodies.limit() >> 20) + " MiB of submissions' bodies at once";
        return ProblemAnswer.of(new ChainUnavailableException(detail), request.path()).orElseThrow();
    }

    /** The client's address, whose bodies share one part of the budget (behind a proxy: as Quarkus forwards it). */
    private static String address(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.host() == null ? "" : remote.host();
    }

    /**
     * Answers before the body is read. The client may still be sending it: the connection is closed after the answer,
     * so that neither its bytes nor its slowness hold the node (RFC 9112, section 9.6).
     */
    private void refuseEarly(RoutingContext rc, ProblemAnswer answer) {
        HttpServerRequest request = rc.request();
        boolean reading = !request.isEnded();
        if (reading) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        answer(rc, answer);
        if (reading) {
            request.connection().close();
        }
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
