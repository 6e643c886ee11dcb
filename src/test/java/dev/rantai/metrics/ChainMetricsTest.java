package dev.rantai.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainService;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChainMetricsTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Inject
    ChainService chain;

    @Test
    void heightGaugeFollowsTheTip() {
        chain.submit("gauge").join();
        assertThat(metric("rantai_chain_height")).isEqualTo(chain.tip().height());
    }

    @Test
    void minedBlocksAreCountedAsLocalAndTimed() {
        double local = metric("rantai_blocks_connected_total{source=\"local\"}");
        double mined = metric("rantai_mining_duration_seconds_count");
        given().contentType("application/json").body("{\"data\":\"counted\"}").post("/api/blocks").then()
                .statusCode(201);
        given().contentType("application/json").body("{\"data\":\"counted too\"}").post("/api/blocks").then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(metric("rantai_blocks_connected_total{source=\"local\"}")).isEqualTo(local + 2);
            assertThat(metric("rantai_mining_duration_seconds_count")).isGreaterThanOrEqualTo(mined + 2);
        });
        assertThat(metric("rantai_blocks_connected_total{source=\"peer\"}")).isNotNegative();
    }

    @Test
    void aSlowListenerOnTheChainsEventThreadDoesNotHoldBackTheMetrics() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        dev.rantai.chain.ChainListener slow = change -> {
            held.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        // registered without an executor: it runs on the chain's event thread, and holds it
        chain.addListener(slow);
        try {
            chain.submit("holds the event thread").join();
            assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            double local = metric("rantai_blocks_connected_total{source=\"local\"}");
            double mined = metric("rantai_mining_duration_seconds_count");
            chain.submit("counted while it is held").join();
            // the metrics count on the writer, before the submitter hears of its block
            assertThat(metric("rantai_blocks_connected_total{source=\"local\"}")).isEqualTo(local + 1);
            assertThat(metric("rantai_mining_duration_seconds_count")).isEqualTo(mined + 1);
            assertThat(metric("rantai_chain_height")).isEqualTo(chain.tip().height());
        } finally {
            chain.removeListener(slow);
            release.countDown();
        }
    }

    @Test
    void rejectedSubmissionsAreCountedByReason() {
        double empty = metricOrZero("rantai_submissions_rejected_total{reason=\"data-empty\"}");
        double malformed = metricOrZero("rantai_submissions_rejected_total{reason=\"malformed-json\"}");
        given().contentType("application/json").body("{\"data\":\"\"}").post("/api/blocks").then().statusCode(422);
        given().contentType("application/json").body("{\"data\"").post("/api/blocks").then().statusCode(400);
        given().contentType("application/json").body("{\"data\"").post("/api/blocks").then().statusCode(400);
        assertThat(metric("rantai_submissions_rejected_total{reason=\"data-empty\"}")).isEqualTo(empty + 1);
        assertThat(metric("rantai_submissions_rejected_total{reason=\"malformed-json\"}")).isEqualTo(malformed + 2);
    }

    @Test
    void everyRefusedMediaTypeIsCountedNotOnlyAMissingOne() {
        String series = "rantai_submissions_rejected_total{reason=\"unsupported-media-type\"}";
        double before = metricOrZero(series);
        // curl -d without -H sends a form; a script may send XML; a client may send no type at all.
        given().contentType("application/x-www-form-urlencoded").body("data=x").post("/api/blocks").then()
                .statusCode(415).body("detail", org.hamcrest.Matchers.endsWith(
                        "Send application/json or text/plain (curl -d sends a form unless told otherwise: add -H"
                                + " 'Content-Type: text/plain')."));
        given().contentType("application/xml").body("<data>x</data>").post("/api/blocks").then().statusCode(415);
        given().contentType("text/plain; charset=ISO-8859-1").body("x").post("/api/blocks").then().statusCode(415);
        assertThat(metric(series)).isEqualTo(before + 3);
    }

    @Test
    void aBodyWithAContentCodingIsRefusedAndCountedNotTakenAsTheData() throws Exception {
        String series = "rantai_submissions_rejected_total{reason=\"unsupported-media-type\"}";
        double before = metricOrZero(series);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        long height = given().get("/api/chain").then().statusCode(200).extract().jsonPath().getLong("height");
        for (String coding : new String[] { "gzip", "identity, gzip", "br" }) {
            given().contentType("text/plain; charset=utf-8").header("Content-Encoding", coding).body(zipped.toByteArray())
                    .post("/api/blocks").then().statusCode(415).header("Accept-Encoding", "identity")
                    .body("detail", org.hamcrest.Matchers.containsString("Content-Encoding '" + coding + "'"));
        }
        assertThat(metric(series)).isEqualTo(before + 3);
        assertThat(given().get("/api/chain").then().extract().jsonPath().getLong("height")).isEqualTo(height);
        // RestAssured rewrites the charset of a request with a Content-Encoding; the JDK client sends what it is told
        java.net.http.HttpResponse<String> plain = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(root.toURI().resolve("/api/blocks"))
                        .header("Content-Type", "text/plain; charset=utf-8").header("Content-Encoding", "identity")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("plain")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(201);
        assertThat(plain.body()).contains("\"data\":\"plain\"");
    }

    @Test
    void aChunkedBodyIsStillTaken() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: Chunked\r\nConnection: close\r\n\r\n5\r\nchunk\r\n0\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 201").contains("\"data\":\"chunk\"");
        }
    }

    /** A series that appears on the first rejection: absent counts as zero. */
    private static double metricOrZero(String series) {
        return find(series).orElse(0.0);
    }

    private static double metric(String series) {
        return find(series).orElseThrow(() -> new AssertionError("series " + series + " not in /q/metrics"));
    }

    private static Optional<Double> find(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
