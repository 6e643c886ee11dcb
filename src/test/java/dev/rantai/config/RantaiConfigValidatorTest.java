package dev.rantai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.runtime.configuration.DurationConverter;
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
                // Quarkus' duration format (2M, 5S), as the node reads it.
                .withConverter(Duration.class, 100, new DurationConverter())
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
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "rantai.chain.difficulty       | -1      | must be greater than or equal to 0",
            "rantai.chain.difficulty       | 256     | must be less than or equal to 255",
            "rantai.chain.genesis-data     | '   '   | must not be blank",
            "rantai.chain.max-data-bytes   | 0       | must be greater than or equal to 1",
            "rantai.chain.max-future-drift | -1S     | must be zero or positive",
            "rantai.mining.threads         | 0       | must be greater than or equal to 1",
            "rantai.mining.threads         | 257     | must be less than or equal to 256",
            "rantai.mining.max-queued      | 0       | must be greater than or equal to 1",
            "rantai.p2p.port               | -1      | must be greater than or equal to 0",
            "rantai.p2p.port               | 65536   | must be less than or equal to 65535",
            "rantai.p2p.max-peers          | 0       | must be greater than or equal to 1",
            "rantai.p2p.target-outbound    | -1      | must be greater than or equal to 0",
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
            "rantai.mining.threads         | 1",
            "rantai.mining.threads         | 256",
            "rantai.mining.max-queued      | 1",
            "rantai.p2p.port               | 0",
            "rantai.p2p.port               | 65535",
            "rantai.p2p.max-peers          | 1",
            "rantai.p2p.target-outbound    | 0",
    })
    void acceptsEachBound(String key, String value) {
        SmallRyeConfig config = build(Map.of(key, value));

        assertThat(config.getConfigMapping(RantaiConfig.class)).isNotNull();
        assertThat(config.getRawValue(key)).isEqualTo(value);
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

    @Test
    void mappingCarriesNoBeanValidationConstraint() {
        // One such annotation makes Quarkus build a Hibernate Validator factory for the configuration at every start.
        List<String> constrained = new ArrayList<>();
        collectConstrainedMethods(RantaiConfig.class, constrained);

        assertThat(constrained).isEmpty();
    }

    private static void collectConstrainedMethods(Class<?> type, List<String> constrained) {
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                    constrained.add(type.getSimpleName() + "." + method.getName() + " @"
                            + annotation.annotationType().getSimpleName());
                }
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collectConstrainedMethods(nested, constrained);
        }
    }
}
