package dev.rantai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged node as three processes on loopback with free ports, each peering with the other
 * two and sharing a P2P secret: lines typed on one node's console become blocks that all three
 * hold, over real sockets; a node stopped with SIGTERM says bye to the others.
 */
class ThreeNodeNetworkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(180);
    /** Node logs stay in target/ for a look after a failure. */
    private static final Path LOGS = Path.of("target", "it-logs");

    @TempDir
    Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void threeProcessesConvergeOnTheBlocksTypedIntoOne() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged node (mvn package)").exists();
        // One call for all six: ports found in two calls can repeat (the first ones are free again by then).
        int[] ports = FreePorts.of(6);
        int[] p2p = java.util.Arrays.copyOfRange(ports, 0, 3);
        int[] web = java.util.Arrays.copyOfRange(ports, 3, 6);
        for (int i = 0; i < 3; i++) {
            List<String> peers = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    peers.add("127.0.0.1:" + p2p[j]);
                }
            }
            // Node 0 takes typed lines, node 1 prints what arrives, as the book's terminals do.
            processes.add(start(jar, i, p2p[i], web[i], String.join(",", peers), i < 2));
        }
        for (int i = 0; i < 3; i++) {
            int port = web[i];
            await().atMost(START).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> node(port).get("peers").asInt() == 2);
        }

        OutputStream console = processes.get(0).getOutputStream();
        for (int i = 0; i < 20; i++) {
            console.write(("typed line " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        console.flush();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .untilAsserted(() -> {
                    JsonNode first = node(web[0]);
                    assertThat(first.get("height").asLong()).isEqualTo(20);
                    for (int i = 1; i < 3; i++) {
                        JsonNode other = node(web[i]);
                        assertThat(other.get("height").asLong()).isEqualTo(20);
                        assertThat(other.get("tip").asText()).isEqualTo(first.get("tip").asText());
                    }
                });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Files.readString(LOGS.resolve("three-nodes-1.log"))).containsPattern(
                        "Block 1 [0-9a-f]{64} from a peer: typed line 0\n")
                .contains("from a peer: typed line 19\n"));
        for (int port : web) {
            HttpResponse<String> ready = get(port, "/q/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
        }

        processes.get(2).destroy(); // SIGTERM
        assertThat(processes.get(2).waitFor(60, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .untilAsserted(() -> assertThat(get(web[0], "/q/metrics").body())
                        .contains("rantai_p2p_byes_total{reason=\"shutting-down\"} 1.0"));
        // The ban counters exist from the start, one per reason: all still at zero.
        assertThat(get(web[0], "/q/metrics").body().lines().filter(l -> l.startsWith("rantai_p2p_bans_total{")))
                .isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(" 0.0"));
    }

    private Process start(Path jar, int index, int p2pPort, int httpPort, String peers, boolean console)
            throws IOException {
        Path data = dir.resolve("node-" + index);
        Files.createDirectories(data);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Drantai.data-dir=" + data,
                "-Drantai.chain.difficulty=8",
                "-Drantai.p2p.host=127.0.0.1",
                "-Drantai.p2p.port=" + p2pPort,
                "-Drantai.p2p.peers=" + peers,
                "-Drantai.p2p.ban-scope=address", "-Drantai.p2p.max-inbound-per-ip=16", "-Drantai.p2p.max-inbound-per-group=16",
                "-Drantai.p2p.secret=three-node-test-secret-0123456789abcdef",
                "-Drantai.console.enabled=" + console,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + httpPort,
                "-jar", jar.toAbsolutePath().toString());
        builder.redirectErrorStream(true);
        Files.createDirectories(LOGS);
        builder.redirectOutput(LOGS.resolve("three-nodes-" + index + ".log").toFile());
        return builder.start();
    }

    private JsonNode node(int httpPort) throws Exception {
        HttpResponse<String> response = get(httpPort, "/api/node");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(int httpPort, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
