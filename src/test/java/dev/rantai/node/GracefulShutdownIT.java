package dev.rantai.node;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.BlockRules;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainVerifier;
import dev.rantai.chain.Genesis;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.VerificationReport;
import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;

/**
 * The packaged node stopped with SIGTERM while it is committing blocks: readiness goes down first, the
 * process exits as the JVM does on SIGTERM (143) after Quarkus' shutdown ran, the store is closed cleanly,
 * nothing is lost or doubled, and a restart on the same data directory resumes from the same tip.
 *
 * <p>
 * The node is kept busy by data waiting in the store to be mined (the queue a reorg leaves behind,
 * which a node mines first thing at start), so the test needs no endpoint beyond health.
 */
class GracefulShutdownIT {
    /** High enough that the queue below takes far longer to mine than the test waits. */
    private static final int DIFFICULTY = 14;
    private static final int QUEUED = 5_000;
    /** 128 + SIGTERM (15): how a JVM ends once its shutdown hooks (Quarkus' shutdown) have run. */
    private static final int EXIT_ON_SIGTERM = 143;
    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Pattern CLOSED = Pattern.compile("Chain closed at height (\\d+), tip ([0-9a-f]{64})");
    private static final Pattern LOADED = Pattern.compile("Chain loaded from \\S+: height (\\d+), tip ([0-9a-f]{64})");

    @TempDir
    Path work;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void sigtermWhileCommittingClosesCleanlyAndRestartResumesFromTheSameTip() throws Exception {
        Path data = work.resolve("data");
        BlockRules rules = new BlockRules(ChainParams.defaults(DIFFICULTY),
                Genesis.create(ChainParams.defaults(DIFFICULTY)));
        seedQueuedData(data, rules);

        // First run: stop it while it mines and commits.
        Path firstLog = work.resolve("first.log");
        Process first = start(data, firstLog, "-Drantai.api.token=graceful-shutdown-it-token-0123456789");
        int port = httpPort(firstLog);
        given().port(port).contentType("text/plain").body("no token").post("/api/blocks")
                .then().statusCode(401);
        await().atMost(START).until(() -> canonicalHeight(data) >= 10);

        first.destroy(); // SIGTERM
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> readinessStatus(port) == 503);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        assertThat(first.exitValue()).isEqualTo(EXIT_ON_SIGTERM);

        String log = Files.readString(firstLog);
        assertCleanShutdown(log);
        // The last connection to close removes the WAL: nothing was left open or half-written.
        assertThat(data.resolve("chain.db-wal")).doesNotExist();
        Matcher closed = CLOSED.matcher(log);
        assertThat(closed.find()).as("the chain logged its close").isTrue();
        long stoppedAt = Long.parseLong(closed.group(1));
        String stoppedTip = closed.group(2);
        assertThat(stoppedAt).isGreaterThanOrEqualTo(10);
        Inventory afterFirst = inventory(data, rules);
        assertThat(afterFirst.height()).isEqualTo(stoppedAt);
        assertThat(afterFirst.tip()).isEqualTo(stoppedTip);
        assertThat(afterFirst.pending()).as("stopped while still mining").isPositive();

        // Second run on the same directory: the same tip, and mining goes on from it.
        Path secondLog = work.resolve("second.log");
        Process second = start(data, secondLog);
        int secondPort = httpPort(secondLog);
        Matcher loaded = LOADED.matcher(Files.readString(secondLog));
        assertThat(loaded.find()).isTrue();
        assertThat(Long.parseLong(loaded.group(1))).isEqualTo(stoppedAt);
        assertThat(loaded.group(2)).isEqualTo(stoppedTip);
        given().port(secondPort).get("/q/health/ready").then().statusCode(200);
        await().atMost(START).until(() -> canonicalHeight(data) > stoppedAt);

        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(EXIT_ON_SIGTERM);
        assertCleanShutdown(Files.readString(secondLog));
        assertThat(data.resolve("chain.db-wal")).doesNotExist();
        assertThat(inventory(data, rules).height()).isGreaterThan(stoppedAt);
    }

    private static void assertCleanShutdown(String log) {
        assertThat(log).contains("stopped in");
        assertThat(log).doesNotContain(" ERROR ", "Timed out waiting for graceful shutdown",
                "did not finish within");
    }

    /** A store of this network with data waiting to be mined. */
    private static void seedQueuedData(Path data, BlockRules rules) {
        try (SqliteChainStore store = SqliteFiles.openStandalone(data, SyncMode.NORMAL);
                ChainService chain = new ChainService(store, rules, new ProofOfWork(1), System::currentTimeMillis,
                        QUEUED)) {
            chain.start(); // writes the genesis and the network record
            chain.close(); // stop the miner before the queue is filled behind its back
            try (ChainStore.Updater u = store.updater()) {
                for (int i = 0; i < QUEUED; i++) {
                    u.addPending("queued " + i, BlockSource.LOCAL, "%064x".formatted(i + 1), rules.genesis().hash());
                }
                u.commit();
            }
        }
    }

    /**
     * What the stopped node left: the chain verifies from the genesis, and every queued item is either in
     * exactly one canonical block or still queued.
     */
    private static Inventory inventory(Path data, BlockRules rules) throws SQLException {
        try (SqliteChainStore store = SqliteFiles.openStandalone(data, SyncMode.NORMAL)) {
            long height = store.canonicalTip().orElseThrow().height();
            VerificationReport report = new ChainVerifier(rules).verify(store, 0, height);
            assertThat(report.valid()).as(report.toString()).isTrue();

            List<String> items = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(SqliteFiles.jdbcUrl(data));
                    Statement s = c.createStatement()) {
                collect(s, "SELECT b.data FROM block b JOIN canonical c ON c.hash = b.hash WHERE c.height > 0", items);
                long mined = items.size();
                collect(s, "SELECT data FROM pending_data", items);
                Set<String> distinct = new HashSet<>(items);
                assertThat(items).as("every item once").hasSize(QUEUED).hasSameSizeAs(distinct);
                assertThat(mined).isEqualTo(height);
                return new Inventory(height, store.canonicalTip().orElseThrow().hash(), items.size() - mined);
            }
        }
    }

    private static void collect(Statement s, String sql, List<String> into) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    /** Reads the height with its own short-lived connection, so the node stays the last one to close. */
    private static long canonicalHeight(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteFiles.jdbcUrl(data) + "?open_mode=1");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(height), 0) FROM canonical")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static int readinessStatus(int port) {
        try {
            return given().port(port).get("/q/health/ready").statusCode();
        } catch (RuntimeException e) {
            return -1; // the port may already be closed
        }
    }

    private Process start(Path data, Path log, String... extra) throws IOException {
        String jar = System.getProperty("rantai.jar", "target/quarkus-app/quarkus-run.jar");
        assertThat(Path.of(jar)).as("the packaged application (mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drantai.data-dir=" + data,
                "-Drantai.chain.difficulty=" + DIFFICULTY,
                "-Drantai.p2p.port=0",
                "-Dquarkus.http.port=0",
                "-Dquarkus.shutdown.delay=1S"));
        command.addAll(List.of(extra));
        command.addAll(List.of("-jar", jar));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    private static int httpPort(Path log) {
        int[] port = new int[1];
        await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1));
                return true;
            }
            return false;
        });
        return port[0];
    }

    private record Inventory(long height, String tip, long pending) {
    }
}
