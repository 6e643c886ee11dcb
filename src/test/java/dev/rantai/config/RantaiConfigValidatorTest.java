package dev.rantai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import io.smallrye.config.ConfigValidator;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The rules of {@link RantaiConfigValidator}, run the way Quarkus runs them: while SmallRye Config maps the keys. */
class RantaiConfigValidatorTest {

    /** A configuration built from {@code values} with the validator installed as the application installs it. */
    private static SmallRyeConfig build(Map<String, String> values, ConfigValidator installedBefore) {
        return new SmallRyeConfigBuilder()
                .withMapping(RantaiConfig.class)
                // Quarkus' duration format (2M, 5S) and memory sizes (32M), as the node reads them.
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(values, "test", 400))
                .withValidator(installedBefore)
                .withCustomizers(new RantaiConfigValidation())
                .build();
    }

    private static SmallRyeConfig build(Map<String, String> values) {
        return build(values, ConfigValidator.EMPTY);
    }

    private static List<String> problems(ConfigValidationException e) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < e.getProblemCount(); i++) {
            messages.add(e.getProblem(i).getMessage());
        }
        return messages;
    }

    @Test
    void acceptsTheDefaults() {
        RantaiConfig config = build(Map.of()).getConfigMapping(RantaiConfig.class);

        assertThat(config.chain().difficulty()).isEqualTo(16);
        assertThat(config.chain().maxFutureDrift()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.chain().maxReorgDepth()).isEqualTo(10_000);
        assertThat(config.chain().sideBranchBudget().asLongValue()).isEqualTo(32L << 20);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "rantai.chain.difficulty       | -1      | must be greater than or equal to 0",
            "rantai.chain.difficulty       | 256     | must be less than or equal to 255",
            "rantai.chain.genesis-data     | '   '   | must not be blank",
            "rantai.chain.max-data-bytes   | 0       | must be greater than or equal to 1",
            "rantai.chain.max-future-drift | -1S     | must be zero or positive",
            "rantai.chain.max-reorg-depth  | 0       | must be greater than or equal to 1",
            "rantai.mining.threads         | 0       | must be greater than or equal to 1",
            "rantai.mining.threads         | 257     | must be less than or equal to 256",
            "rantai.mining.max-queued      | 0       | must be greater than or equal to 1",
            "rantai.p2p.port               | -1      | must be greater than or equal to 0",
            "rantai.p2p.port               | 65536   | must be less than or equal to 65535",
            "rantai.p2p.max-peers          | 0       | must be greater than or equal to 1",
            "rantai.p2p.target-outbound    | -1      | must be greater than or equal to 0",
            "rantai.p2p.host               | ' '     | must not be blank",
            "rantai.p2p.handshake-timeout  | 0S      | must be positive, was PT0S",
            "rantai.p2p.idle-timeout       | 0S      | must be positive, was PT0S",
            "rantai.p2p.idle-timeout       | -5S     | must be positive, was PT-5S",
            "rantai.p2p.ban-duration       | 0S      | must be positive, was PT0S",
            "rantai.p2p.discovery.dns-interval | 0S  | must be positive, was PT0S",
            "rantai.p2p.peers              | 'a:1,b' | must be host:port: 'b' is not host:port",
            "rantai.p2p.book-peers         | a:x     | must be host:port: 'a:x': the port is not a number 1..65535",
            "rantai.p2p.advertised-address | a:0     | must be host:port: the port must be 1..65535, was 0",
            "rantai.p2p.discovery.dns      | ::1:3000 | must be host:port: '::1:3000': write an IPv6 host in brackets, [::1]:3000",
            "rantai.http.allowed-hosts     | 'a.example,b.example:8080' | must be host names without scheme, port or path (e.g. rantai.example.org or .example.org), was 'b.example:8080'",
    })
    void refusesAValueOutOfRangeNamingItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> build(Map.of(key, value)))
                .isInstanceOfSatisfying(ConfigValidationException.class,
                        e -> assertThat(problems(e)).containsExactly(key + " " + message))
                .hasMessageStartingWith("Configuration validation failed");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "rantai.chain.difficulty       | 0",
            "rantai.chain.difficulty       | 255",
            "rantai.chain.genesis-data     | x",
            "rantai.chain.max-data-bytes   | 1",
            "rantai.chain.max-future-drift | 0S",
            "rantai.chain.max-reorg-depth  | 1",
            "rantai.chain.side-branch-budget | 0",
            "rantai.mining.threads         | 1",
            "rantai.mining.threads         | 256",
            "rantai.mining.max-queued      | 1",
            "rantai.p2p.port               | 0",
            "rantai.p2p.port               | 65535",
            "rantai.p2p.max-peers          | 1",
            "rantai.p2p.target-outbound    | 0",
            "rantai.p2p.idle-timeout       | 1S",
            "rantai.p2p.discovery.dns-interval | 500ms",
            "rantai.p2p.peers              | 'a:1,[::1]:3000,'",
            "rantai.p2p.discovery.dns      | rantai-p2p.rantai.svc.cluster.local:3000",
    })
    void acceptsEachBound(String key, String value) {
        SmallRyeConfig config = build(Map.of(key, value));

        assertThat(config.getConfigMapping(RantaiConfig.class)).isNotNull();
        assertThat(config.getRawValue(key)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "rantai.api.token", "rantai.p2p.secret" })
    void refusesThePlaceholderCommittedInTheKubernetesSecret(String key) throws IOException {
        String placeholder = Files.readAllLines(Path.of("deploy/kubernetes/api-token.env")).stream()
                .filter(line -> line.startsWith("RANTAI_API_TOKEN=")).findFirst().orElseThrow()
                .substring("RANTAI_API_TOKEN=".length());

        assertThatThrownBy(() -> build(Map.of(key, placeholder)))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e)).containsExactly(
                        key + " is a placeholder, not a secret: make one with `openssl rand -hex 32`"))
                .hasMessageNotContaining(placeholder);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "rantai.api.token  | changeme                                 | is a placeholder, not a secret",
            "rantai.api.token  | <the output of openssl rand -hex 32>     | is a placeholder, not a secret",
            "rantai.api.token  | 0123456789abcdef0123456789abcde          | is too short (31 characters, at least 32)",
            "rantai.p2p.secret | three-node-secret                        | is too short (17 characters, at least 32)",
            "rantai.p2p.secret | abababababababababababababababababababab | is too simple (fewer than 8 distinct characters)",
    })
    void refusesAGuessableSecretSayingHowToMakeOne(String key, String value, String why) {
        assertThatThrownBy(() -> build(Map.of(key, value)))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .containsExactly(key + " " + why + ": make one with `openssl rand -hex 32`"))
                .hasMessageNotContaining(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "rantai.api.token", "rantai.p2p.secret" })
    void acceptsARandomSecretAndNone(String key) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // What `openssl rand -hex 32` prints.
        String secret = HexFormat.of().formatHex(random);

        assertThat(build(Map.of(key, secret)).getConfigMapping(RantaiConfig.class)).isNotNull();
        assertThat(build(Map.of(key, "")).getConfigMapping(RantaiConfig.class)).isNotNull();
    }

    @Test
    void tlsNeedsItsFilesAndNamesEachMissingOne(@TempDir Path dir) throws IOException {
        Path cert = Files.writeString(dir.resolve("node.crt"), "not checked here");

        assertThatThrownBy(() -> build(Map.of("rantai.p2p.tls.enabled", "true")))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e)).containsExactly(
                        "rantai.p2p.tls.cert is required when rantai.p2p.tls.enabled=true",
                        "rantai.p2p.tls.key is required when rantai.p2p.tls.enabled=true"));
        assertThatThrownBy(() -> build(Map.of("rantai.p2p.tls.enabled", "true", "rantai.p2p.tls.cert", cert.toString(),
                "rantai.p2p.tls.key", dir.resolve("node.key").toString(), "rantai.p2p.tls.trust", dir.toString())))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e)).containsExactly(
                        "rantai.p2p.tls.key cannot be read: " + dir.resolve("node.key"),
                        "rantai.p2p.tls.trust cannot be read: " + dir));
        assertThat(build(Map.of("rantai.p2p.tls.cert", dir.resolve("absent.crt").toString()))
                .getConfigMapping(RantaiConfig.class)).as("TLS off: the files are not used").isNotNull();
    }

    @Test
    void theDataDirectoryMustBeADirectoryOrCreatable(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("chain.db"), "");

        assertThatThrownBy(() -> build(Map.of("rantai.data-dir", file.toString())))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .containsExactly("rantai.data-dir is not a directory: " + file));
        assertThatThrownBy(() -> build(Map.of("rantai.data-dir", file.resolve("data").toString())))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .containsExactly("rantai.data-dir cannot be created: " + file + " is not a writable directory"));
        assertThat(build(Map.of("rantai.data-dir", dir.resolve("new/data").toString()))
                .getConfigMapping(RantaiConfig.class)).isNotNull();
        assertThat(dir.resolve("new")).as("checking writes nothing").doesNotExist();
    }

    @Test
    void theFrameLimitMustHoldTheLargestBlockInItsWorstEscaping() {
        assertThatThrownBy(() -> build(Map.of("rantai.chain.max-data-bytes", "262144")))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e)).singleElement()
                        .asString().startsWith("rantai.p2p.max-frame-bytes is too small for rantai.chain.max-data-bytes")
                        .contains("rantai.p2p.max-frame-bytes=1048576").contains("rantai.chain.max-data-bytes=262144")
                        .contains("1573376"));
        assertThatThrownBy(() -> build(Map.of("rantai.p2p.max-frame-bytes", "1023")))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .contains("rantai.p2p.max-frame-bytes must be greater than or equal to 1024"));
        assertThatThrownBy(() -> build(Map.of("rantai.chain.max-data-bytes", "262145", "rantai.p2p.max-frame-bytes",
                "2000000"))).isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .contains("rantai.chain.max-data-bytes must be less than or equal to 262144"));
        assertThat(build(Map.of("rantai.chain.max-data-bytes", "262144", "rantai.p2p.max-frame-bytes", "1573376"))
                .getConfigMapping(RantaiConfig.class)).isNotNull();
        assertThat(build(Map.of("rantai.chain.max-data-bytes", "85", "rantai.p2p.max-frame-bytes", "1024"))
                .getConfigMapping(RantaiConfig.class)).isNotNull();
    }

    @Test
    void reportsEveryBrokenKeyAtOnce() {
        Map<String, String> values = Map.of("rantai.chain.difficulty", "300", "rantai.mining.threads", "0",
                "rantai.p2p.port", "70000", "rantai.chain.max-future-drift", "-1S");

        assertThatThrownBy(() -> build(values))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .containsExactlyInAnyOrder("rantai.chain.difficulty must be less than or equal to 255",
                                "rantai.mining.threads must be greater than or equal to 1",
                                "rantai.p2p.port must be less than or equal to 65535",
                                "rantai.chain.max-future-drift must be zero or positive"))
                .hasMessageContaining("rantai.p2p.port must be less than or equal to 65535");
    }

    @Test
    void keepsTheProblemsOfTheValidatorItWasInstalledOver() {
        ConfigValidator installedBefore = (type, prefix, mapping) -> {
            throw new ConfigValidationException(new Problem[] { new Problem(prefix + " refused") });
        };

        assertThatThrownBy(() -> build(Map.of("rantai.mining.threads", "0"), installedBefore))
                .isInstanceOfSatisfying(ConfigValidationException.class, e -> assertThat(problems(e))
                        .containsExactly("rantai refused", "rantai.mining.threads must be greater than or equal to 1"));
    }
}
