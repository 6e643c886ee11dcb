package dev.rantai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two packaged nodes on two hosts of their own: network namespaces joined by a veth pair that this
 * test creates, cuts ({@code ip link set ... down}) and heals. While the link is down the
 * connection looks open to TCP; the missing pong closes it within seconds, the nodes redial, and once
 * the link is back they converge within seconds however long the cut lasted. Needs root and iproute2
 * (the CI run has both); elsewhere it is skipped with the reason.
 */
class DeadLinkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOGS = Path.of("target", "it-logs");
    private static final Duration CUT = Duration.ofSeconds(25);
    /** What "a few seconds" means here: the redial backoff of a configured peer tops out at 8 s. */
    private static final Duration CONVERGE = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private final String tag = "rtd" + ProcessHandle.current().pid() % 100_000;
    private final String nsA = tag + "a";
    private final String nsB = tag + "b";
    private final String subnet = "10.251." + (ProcessHandle.current().pid() % 250) + ".";
    private final List<Process> nodes = new ArrayList<>();
    private boolean created;

    @AfterEach
    void tearDown() throws Exception {
        for (Process p : nodes) {
            p.destroy();
        }
        for (Process p : nodes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (created) {
            run(false, "ip", "netns", "del", nsA);
            run(false, "ip", "netns", "del", nsB);
        }
    }

    @Test
    void halvesCutForLongerThanTcpNoticesConvergeWithinSecondsOfTheHeal() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged node (mvn package)").exists();
        Assumptions.assumeTrue(createHosts(), "needs root and iproute2 to create network namespaces (ip netns add)");

        nodes.add(start(jar, nsA, subnet + "1", subnet + "2"));
        nodes.add(start(jar, nsB, subnet + "2", subnet + "1"));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> node(nsA).get("peers").asInt() == 1 && node(nsB).get("peers").asInt() == 1);
        submit(nsA, "before the cut");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> tip(nsB).equals(tip(nsA)));

        run(true, "ip", "-n", nsA, "link", "set", tag + "va", "down");
        long cutAt = System.nanoTime();
        // Each half mines on its own during the cut.
        submit(nsA, "left, during the cut");
        submit(nsB, "right, during the cut");
        submit(nsB, "right again, during the cut");
        await().atMost(CUT.plusSeconds(5)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> node(nsA).get("peers").asInt() == 0 && node(nsB).get("peers").asInt() == 0);
        double noticed = (System.nanoTime() - cutAt) / 1e9;
        Duration rest = CUT.minusNanos(System.nanoTime() - cutAt);
        if (!rest.isNegative()) {
            await().pollDelay(rest).atMost(rest.plusSeconds(1)).until(() -> true);
        }

        run(true, "ip", "-n", nsA, "link", "set", tag + "va", "up");
        long healedAt = System.nanoTime();
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> tip(nsA).equals(tip(nsB)) && node(nsA).get("height").asLong() >= 3);
        double converged = (System.nanoTime() - healedAt) / 1e9;
        System.out.printf("DeadLinkIT: the dead link noticed %.1f s after the cut, converged %.1f s after a %d s cut%n",
                noticed, converged, CUT.toSeconds());
        assertThat(noticed).as("seconds until both nodes dropped the dead connection").isLessThan(15);
    }

    /** Two namespaces with a veth pair between them and loopback up; false if this machine cannot. */
    private boolean createHosts() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))
                || !run(false, "ip", "netns", "add", nsA)) {
            return false;
        }
        created = true;
        return run(false, "ip", "netns", "add", nsB)
                && run(false, "ip", "link", "add", tag + "va", "netns", nsA, "type", "veth", "peer", "name", tag + "vb",
                        "netns", nsB)
                && run(false, "ip", "-n", nsA, "addr", "add", subnet + "1/24", "dev", tag + "va")
                && run(false, "ip", "-n", nsB, "addr", "add", subnet + "2/24", "dev", tag + "vb")
                && run(false, "ip", "-n", nsA, "link", "set", tag + "va", "up")
                && run(false, "ip", "-n", nsB, "link", "set", tag + "vb", "up")
                && run(false, "ip", "-n", nsA, "link", "set", "lo", "up")
                && run(false, "ip", "-n", nsB, "link", "set", "lo", "up");
    }

    private Process start(Path jar, String ns, String self, String peer) throws IOException {
        Path data = dir.resolve(ns);
        Files.createDirectories(data);
        Files.createDirectories(LOGS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder("ip", "netns", "exec", ns, java, "-Drantai.data-dir=" + data,
                "-Drantai.chain.difficulty=8", "-Drantai.p2p.host=" + self, "-Drantai.p2p.port=3000",
                "-Drantai.p2p.peers=" + peer + ":3000", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=8080",
                "-jar", jar.toAbsolutePath().toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(LOGS.resolve("dead-link-" + ns + ".log").toFile());
        return builder.start();
    }

    private JsonNode node(String ns) throws Exception {
        return JSON.readTree(curl(ns, "-s", "http://127.0.0.1:8080/api/node"));
    }

    private String tip(String ns) throws Exception {
        return JSON.readTree(curl(ns, "-s", "http://127.0.0.1:8080/api/chain")).get("tip").asText();
    }

    private void submit(String ns, String data) throws Exception {
        String answer = curl(ns, "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H",
                "Content-Type: text/plain", "--data-binary", data, "http://127.0.0.1:8080/api/blocks");
        assertThat(answer).as("POST /api/blocks on " + ns).isEqualTo("201");
    }

    private static String curl(String ns, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", ns, "curl", "--max-time", "5"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("curl in " + ns + " failed: " + out);
        }
        return out;
    }

    private static boolean run(boolean required, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (required && !ok) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return ok;
    }
}
