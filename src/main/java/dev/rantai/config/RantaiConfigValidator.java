package dev.rantai.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.rantai.p2p.BookInbound;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.wire.WireLimits;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import io.smallrye.config.ConfigValidator;

/**
 * The ranges of {@link RantaiConfig}, checked in plain code when SmallRye Config builds the mapping.
 * Bean Validation annotations on the mapping would do the same, but make Quarkus build a Hibernate
 * Validator factory at every start, a large share of the start-up time; see docs/configuration.md.
 *
 * <p>
 * Every broken key is reported at once, each as {@code <key> <message>} in the words Bean Validation
 * uses, and SmallRye Config turns them into its "Configuration validation failed" error. Mappings other
 * than {@link RantaiConfig} go to the validator this one was installed over.
 */
public final class RantaiConfigValidator implements ConfigValidator {
    private final ConfigValidator previous;

    /** @param previous the validator already installed, asked first about every mapping */
    public RantaiConfigValidator(ConfigValidator previous) {
        this.previous = previous;
    }

    @Override
    public void validateMapping(Class<?> type, String prefix, Object mapping) throws ConfigValidationException {
        List<Problem> problems = new ArrayList<>();
        try {
            previous.validateMapping(type, prefix, mapping);
        } catch (ConfigValidationException e) {
            for (int i = 0; i < e.getProblemCount(); i++) {
                problems.add(e.getProblem(i));
            }
        }
        if (mapping instanceof RantaiConfig config) {
            for (String message : problems(prefix, config)) {
                problems.add(new Problem(message));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigValidationException(problems.toArray(Problem[]::new));
        }
    }

    /** Every rule {@code config} breaks, in the order of the keys, each message naming its key under {@code prefix}. */
    static List<String> problems(String prefix, RantaiConfig config) {
        Problems problems = new Problems(prefix);
        RantaiConfig.Chain chain = config.chain();
        problems.between("chain.difficulty", chain.difficulty(), 0, 255);
        problems.notBlank("chain.genesis-data", chain.genesisData());
        problems.between("chain.max-data-bytes", chain.maxDataBytes(), 1, 262_144);
        problems.notNegative("chain.max-future-drift", chain.maxFutureDrift());
        RantaiConfig.Mining mining = config.mining();
        problems.between("mining.threads", mining.threads(), 1, 256);
        problems.atLeast("mining.max-queued", mining.maxQueued(), 1);
        RantaiConfig.P2p p2p = config.p2p();
        problems.between("p2p.port", p2p.port(), 0, 65_535);
        problems.atLeast("p2p.max-peers", p2p.maxPeers(), 1);
        problems.atLeast("p2p.target-outbound", p2p.targetOutbound(), 0);
        problems.atLeast("p2p.max-frame-bytes", p2p.maxFrameBytes(), 1024);
        WireLimits wire = new WireLimits(Math.max(1024, p2p.maxFrameBytes()), Math.max(1, chain.maxDataBytes()));
        if (!wire.holdsAnyBlock()) {
            problems.add("p2p.max-frame-bytes", "is too small for rantai.chain.max-data-bytes: "
                    + P2pNode.frameTooSmall(wire));
        }
        problems.positive("p2p.send-timeout", p2p.sendTimeout());
        problems.positive("p2p.ping-interval", p2p.pingInterval());
        problems.positive("p2p.ping-timeout", p2p.pingTimeout());
        problems.atLeast("p2p.max-inbound-per-ip", p2p.maxInboundPerIp(), 1);
        problems.atLeast("p2p.max-inbound-per-group", p2p.maxInboundPerGroup(), 1);
        if (p2p.bookInbound().orElse(null) == BookInbound.ALLOWLIST
                && p2p.bookAllowlist().orElse(List.of()).stream().allMatch(String::isBlank)) {
            problems.add("p2p.book-allowlist", "must name at least one host when rantai.p2p.book-inbound=allowlist");
        }
        return problems.messages;
    }

    /** Collects one message per broken rule. */
    private static final class Problems {
        private final String prefix;
        private final List<String> messages = new ArrayList<>();

        Problems(String prefix) {
            this.prefix = prefix;
        }

        void between(String key, long value, long min, long max) {
            atLeast(key, value, min);
            if (value > max) {
                add(key, "must be less than or equal to " + max);
            }
        }

        void atLeast(String key, long value, long min) {
            if (value < min) {
                add(key, "must be greater than or equal to " + min);
            }
        }

        void notBlank(String key, String value) {
            if (value.isBlank()) {
                add(key, "must not be blank");
            }
        }

        void notNegative(String key, Duration value) {
            if (value.isNegative()) {
                add(key, "must be zero or positive");
            }
        }

        void positive(String key, Duration value) {
            if (value.isNegative() || value.isZero()) {
                add(key, "must be positive");
            }
        }

        void add(String key, String message) {
            messages.add(prefix + "." + key + " " + message);
        }
    }
}
