package dev.rantai.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A 201 is a promise: a node killed with SIGKILL while it takes submissions still has, after a
 * restart on the same data directory, every block it acknowledged, at its height with its hash.
 */
class CrashRecoveryIT {
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Acknowledged(long index, String hash, String data) {
    }

    @Test
    void everyAcknowledgedBlockSurvivesSigkillAndRestart() throws Exception {
        Path jar = Path.of(System.getProperty("rantai.jar", "target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createDirectories(Path.of("target", "it"));
        Path dataDir = Files.createTempDirectory(work, "crash-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");

        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (NodeProcess node = NodeProcess.start(jar, dataDir, log)) {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> streamSubmissions(node, client, acknowledged, killed));
            }
            await("acknowledged submissions before the kill").atMost(Duration.ofSeconds(60))
                    .until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            killed.set(true);
            node.kill();
        } finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Acknowledged> promised = new ArrayList<>(acknowledged);
        assertThat(promised).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        try (NodeProcess restarted = NodeProcess.start(jar, dataDir, log)) {
            for (Acknowledged a : promised) {
                HttpResponse<String> response = get(restarted, "/api/blocks/" + a.index());
                assertThat(response.statusCode()).as("block %d after restart: %s", a.index(), response.body())
                        .isEqualTo(200);
                JsonNode block = json.readTree(response.body());
                assertThat(block.get("hash").asText()).as("hash at height %d", a.index()).isEqualTo(a.hash());
                assertThat(block.get("data").asText()).isEqualTo(a.data());
                assertThat(block.get("canonical").asBoolean()).isTrue();
            }
            JsonNode report = json.readTree(get(restarted, "/api/chain/verify").body());
            assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
            long maxAcknowledged = promised.stream().mapToLong(Acknowledged::index).max().orElseThrow();
            assertThat(json.readTree(get(restarted, "/api/chain").body()).get("height").asLong())
                    .isGreaterThanOrEqualTo(maxAcknowledged);

            HttpResponse<String> after = submit(restarted, "after the crash");
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        }
    }

    private void streamSubmissions(NodeProcess node, int client, Queue<Acknowledged> acknowledged,
            AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String data = "client " + client + " submission " + i;
            try {
                HttpResponse<String> response = submit(node, data);
                if (response.statusCode() == 201) {
                    JsonNode block = json.readTree(response.body());
                    acknowledged.add(new Acknowledged(block.get("index").asLong(), block.get("hash").asText(),
                            block.get("data").asText()));
                }
            } catch (IOException e) {
                return; // the node is gone: what was not acknowledged was never promised
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> submit(NodeProcess node, String data) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(node.uri("/api/blocks"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(data)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(NodeProcess node, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
