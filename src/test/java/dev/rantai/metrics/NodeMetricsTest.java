package dev.rantai.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.ChainService;
import dev.rantai.p2p.TestNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The meters of a complete node (the application with its chain, P2P service and HTTP server), read
 * at /q/metrics as Prometheus reads them, after the node did what nodes do: mined, took blocks from a
 * peer, reorganised, refused a submission. The first test leaves that traffic behind for the second.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeMetricsTest {
    static final Path DASHBOARD = Path.of("deploy/grafana/rantai-nodes.json");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static TestNode peer;

    @Inject
    ChainService chain;

    @BeforeAll
    static void startPeer() throws IOException {
        peer = TestNode.start(Files.createTempDirectory("rantai-metrics-peer"), 8);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    @Order(1)
    void aReorgFromAPeerIsCountedOnceAndItsBlocksAsAPropagationHistogramInSeconds() {
        String displaced = "displaced by the peer's longer chain, then mined again";
        chain.submit(displaced).join();
        double reorgs = metric("rantai_chain_reorgs_total");
        double relayed = metric("rantai_block_propagation_delay_seconds_count");
        // A chain of more work than this node's, from the same genesis: taking it is one reorganisation.
        peer.mine("peer ", (int) chain.tip().height() + 2);

        String address = peer.address().toString();
        given().contentType(ContentType.JSON).body("{\"address\":\"" + address + "\"}").post("/api/peers").then()
                .statusCode(202);
        try {
            await().atMost(WAIT).until(() -> metric("rantai_chain_reorgs_total") > reorgs);
            // The node mines the displaced data again on its new tip and relays it; the peer's next block
            // must come after that one, or the two would compete for one height (a second, real reorg).
            await().atMost(WAIT).until(() -> chain.tip().block().data().equals(displaced)
                    && chain.tip().hash().equals(peer.tipHash()));
            peer.mine("relayed");
            await().atMost(WAIT).until(() -> metric("rantai_block_propagation_delay_seconds_count") > relayed);
        } finally {
            // Other test classes share this node: it forgets the peer.
            given().delete("/api/peers/" + address).then().statusCode(204);
        }

        assertThat(metric("rantai_chain_reorgs_total")).isEqualTo(reorgs + 1);
        assertThat(series("rantai_block_propagation_delay_seconds_bucket{le=\"0.001\"}")).isPresent();
        assertThat(series("rantai_block_propagation_delay_seconds_bucket{le=\"+Inf\"}")).get()
                .isEqualTo(metric("rantai_block_propagation_delay_seconds_count"));
        assertThat(metrics()).doesNotContain("rantai_block_propagation_delay_milliseconds", "quantile=");
    }

    @Test
    @Order(2)
    void everyMetricTheGrafanaDashboardQueriesIsServed() throws IOException {
        given().contentType(ContentType.JSON).body("{\"data\":\"\"}").post("/api/blocks").then().statusCode(422);
        given().get("/api/chain").then().statusCode(200);
        // Micrometer registers jvm_gc_pause_seconds at the first collection it is told of; a young JVM
        // with a roomy heap may not have had one yet, as a production node has within minutes.
        System.gc();
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().contains("jvm_gc_pause_seconds_sum"));
        String served = metrics();

        Set<String> queried = queriedMetrics(new ObjectMapper().readTree(DASHBOARD.toFile()));

        assertThat(queried).contains("rantai_chain_height", "rantai_chain_reorgs_total",
                "rantai_block_propagation_delay_seconds_bucket", "http_server_requests_seconds_bucket");
        assertThat(queried).allSatisfy(name -> assertThat(served)
                .as("%s, queried by %s, in /q/metrics", name, DASHBOARD)
                .containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
    }

    /** The metric names in every query of the dashboard: its panels' expressions and its variables' queries. */
    static Set<String> queriedMetrics(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (JsonNode expr : dashboard.findValues("expr")) {
            names.addAll(metricNames(expr.asText()));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher m = Pattern.compile("label_values\\((\\w+)").matcher(variable.path("definition").asText());
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}|\\[[^]]*]|\"[^\"]*\"");
    private static final Pattern GROUPING = Pattern
            .compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool");

    /** Identifiers of a PromQL expression that are neither functions, keywords, nor labels. */
    static Set<String> metricNames(String expr) {
        String bare = GROUPING.matcher(MATCHERS.matcher(expr).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            boolean function = m.group(1) != null;
            if (!function && !KEYWORDS.contains(m.group()) && !Character.isDigit(m.group().charAt(0))) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double metric(String series) {
        return series(series).orElseThrow(() -> new AssertionError(series + " is not in /q/metrics"));
    }

    private static Optional<Double> series(String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(metrics());
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
