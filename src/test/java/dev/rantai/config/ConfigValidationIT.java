package dev.rantai.config;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged node with a bad setting: it must stop at once and name the key. */
class ConfigValidationIT {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private Process start(Path output, String... settings) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Drantai.data-dir=" + dataDir);
        command.add("-Dquarkus.http.port=0");
        command.add("-Drantai.p2p.port=0");
        command.add("-Drantai.chain.difficulty=8");
        command.addAll(List.of(settings));
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Runs the node until it exits by itself; returns the exit code, with the output in {@code output}. */
    private int runToExit(Path output, String... settings) throws Exception {
        Process node = start(output, settings);
        try {
            assertThat(node.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS))
                    .as("the node should have stopped on its own; output:%n%s", read(output)).isTrue();
            return node.exitValue();
        } finally {
            node.destroyForcibly();
        }
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Test
    void aSqliteLibraryThatCannotBeCopiedStopsTheStartSayingWhyAndHow() throws Exception {
        Path output = dataDir.resolve("node.log");
        // The driver copies its native library into org.sqlite.tmpdir before loading it: a file there is a
        // folder it cannot write, as a noexec /tmp is one it cannot load from.
        Path notAFolder = Files.writeString(dataDir.resolve("not-a-folder"), "");

        int exit = runToExit(output, "-Drantai.data-dir=" + dataDir.resolve("node"), "-Dorg.sqlite.tmpdir=" + notAFolder);

        assertThat(exit).isNotZero();
        assertThat(read(output)).contains("SQLite's native library did not load. The driver copies it into " + notAFolder,
                "deploy/jvm/sqlite-native.sh");
    }

    // One run per kind of mistake: every node start costs seconds, and the node reports all keys of a kind at once.
    @Test
    void stopsTheStartOnValuesOutOfRangeNamingEachKey() throws Exception {
        Path output = dataDir.resolve("node.log");

        int exit = runToExit(output, "-Drantai.chain.difficulty=300", "-Drantai.mining.threads=0",
                "-Drantai.p2p.port=70000", "-Drantai.chain.max-future-drift=-1S", "-Drantai.chain.genesis-data= ",
                "-Drantai.p2p.max-frame-bytes=512");

        assertThat(exit).isNotZero();
        assertThat(read(output)).contains("Configuration validation failed",
                "rantai.chain.difficulty must be less than or equal to 255",
                "rantai.mining.threads must be greater than or equal to 1",
                "rantai.p2p.port must be less than or equal to 65535",
                "rantai.chain.max-future-drift must be zero or positive",
                "rantai.chain.genesis-data must not be blank",
                "rantai.p2p.max-frame-bytes must be greater than or equal to 1024");
    }

    @Test
    void refusesPlaceholderSecretsAndZeroTimeoutsBeforeWritingAnything() throws Exception {
        Path output = dataDir.resolve("node.log");
        Path data = dataDir.resolve("node");

        int exit = runToExit(output, "-Drantai.data-dir=" + data,
                "-Drantai.api.token=replace-me-with-the-output-of-openssl-rand-hex-32",
                "-Drantai.p2p.secret=short", "-Drantai.p2p.idle-timeout=0S");

        assertThat(exit).isNotZero();
        assertThat(read(output)).contains("Configuration validation failed",
                "rantai.api.token is a placeholder, not a secret: make one with `openssl rand -hex 32`",
                "rantai.p2p.secret is too short (5 characters, at least 32)",
                "rantai.p2p.idle-timeout must be positive, was PT0S");
        assertThat(data).as("nothing was written: no data directory, no chain.db").doesNotExist();
    }

    @Test
    void stopsTheStartOnValuesOfTheWrongTypeNamingEachKey() throws Exception {
        Path output = dataDir.resolve("node.log");

        int exit = runToExit(output, "-Drantai.mining.threads=abc", "-Drantai.store.sync=always");

        assertThat(exit).isNotZero();
        assertThat(read(output)).contains("Configuration validation failed",
                "rantai.mining.threads with the config value \"abc\"", "Expected an integer value",
                "rantai.store.sync with the config value \"always\"", "allowed values: normal,off,full");
    }

    @Test
    void refusesAStoreMadeForAnotherNetworkWithAMessageSayingWhatToDo() throws Exception {
        Path first = dataDir.resolve("first.log");
        Process node = start(first);
        try {
            await().atMost(START_LIMIT).until(() -> read(first).contains("started in"));
        } finally {
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(read(first)).contains("Chain loaded from");

        Path second = dataDir.resolve("second.log");
        int exit = runToExit(second, "-Drantai.chain.difficulty=9");

        assertThat(exit).isNotZero();
        assertThat(read(second)).contains("StoreException", "belongs to the network with genesis",
                "(difficulty 8)", "(difficulty 9)", "or another rantai.data-dir");
    }
}
