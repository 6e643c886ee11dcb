package dev.rantai.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Two routers on one HTTP server stand for two generations of the application in dev mode: the server delivers a
 * request to the replaced one, as Quarkus does with a request that waited for a reload.
 */
class StaleApplicationHandlerTest {
    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean oldIsCurrent = new AtomicBoolean(true);
    private final AtomicReference<Handler<HttpServerRequest>> root = new AtomicReference<>();
    private Router oldApplication;
    private Router newApplication;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        oldApplication = application("old", oldIsCurrent::get);
        newApplication = application("new", () -> true);
        root.set(newApplication);
        // The server keeps handing requests to the old router, whatever the current application is.
        server = vertx.createHttpServer().requestHandler(oldApplication).listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private Router application(String name, java.util.function.BooleanSupplier current) {
        Router router = Router.router(vertx);
        router.route().order(Integer.MIN_VALUE + 1).handler(new StaleApplicationHandler(current, root::get));
        router.route().handler(BodyHandler.create());
        router.route().handler(ctx -> ctx.response().end(name + ":" + ctx.body().asString("UTF-8")));
        return router;
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void runningApplicationServesItsOwnRequests() throws Exception {
        HttpResponse<String> response = post("data");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("old:data");
    }

    @Test
    void requestThatReachesAReplacedApplicationIsServedByTheCurrentOneWithItsBody() throws Exception {
        oldIsCurrent.set(false);

        HttpResponse<String> response = post("data");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("new:data");
    }

    @Test
    void requestIsRefusedWithRetryAfterWhileNoApplicationRuns() throws Exception {
        oldIsCurrent.set(false);
        root.set(null);

        HttpResponse<String> response = post("data");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void requestIsHandedOverOnlyOnceSoAnUnchangedRootCannotLoop() throws Exception {
        oldIsCurrent.set(false);
        root.set(oldApplication);

        HttpResponse<String> response = post("data");

        assertThat(response.statusCode()).isEqualTo(503);
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/api/blocks"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
