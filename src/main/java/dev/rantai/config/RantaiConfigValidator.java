package dev.rantai.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.rantai.p2p.BookInbound;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.wire.WireLimits;
import dev.rantai.web.security.BrowserHostGuard;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import io.smallrye.config.ConfigValidator;

/**
 * Every check of a {@code rantai.*} value, in one place: ranges, durations, {@code host:port} addresses,
 * guessable secrets, the TLS files and the data directory. It runs when SmallRye Config builds the mapping,
 * so a wrong value stops the start before any part of the node exists and before anything is written to
 * disk. Bean Validation annotations on the mapping could express the ranges, but make Quarkus build a
 * Hibernate Validator factory at every start, a large share of the start-up time; see
 * docs/configuration.md.
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

    /**
     * Every rule {@code config} breaks, in the order of the keys, each message naming its key under {@code prefix}.
     * Reads the file system (the data directory, the TLS files) but writes nothing: this runs before any part of
     * the node exists.
     */
    static List<String> problems(String prefix, RantaiConfig config) {
        Problems problems = new Problems(prefix);
        problems.writableDirectory("data-dir", config.dataDir());
        RantaiConfig.Chain chain = config.chain();
        problems.between("chain.difficulty", chain.difficulty(), 0, 255);
        problems.notBlank("chain.genesis-data", chain.genesisData());
        problems.between("chain.max-data-bytes", chain.maxDataBytes(), 1, 262_144);
        problems.notNegative("chain.max-future-drift", chain.maxFutureDrift());
        problems.atLeast("chain.max-reorg-depth", chain.maxReorgDepth(), 1);
        RantaiConfig.Mining mining = config.mining();
        problems.between("mining.threads", mining.threads(), 1, 256);
        problems.atLeast("mining.max-queued", mining.maxQueued(), 1);
        RantaiConfig.P2p p2p = config.p2p();
        problems.notBlank("p2p.host", p2p.host());
        problems.between("p2p.port", p2p.port(), 0, 65_535);
        p2p.advertisedAddress().ifPresent(a -> problems.address("p2p.advertised-address", a));
        p2p.peers().ifPresent(list -> problems.addresses("p2p.peers", list));
        p2p.bookPeers().ifPresent(list -> problems.addresses("p2p.book-peers", list));
        problems.atLeast("p2p.max-peers", p2p.maxPeers(), 1);
        problems.atLeast("p2p.target-outbound", p2p.targetOutbound(), 0);
        problems.atLeast("p2p.max-frame-bytes", p2p.maxFrameBytes(), 1024);
        problems.positive("p2p.handshake-timeout", p2p.handshakeTimeout());
        problems.positive("p2p.idle-timeout", p2p.idleTimeout());
        problems.positive("p2p.ban-duration", p2p.banDuration());
        p2p.discovery().dns().ifPresent(name -> problems.address("p2p.discovery.dns", name));
        problems.positive("p2p.discovery.dns-interval", p2p.discovery().dnsInterval());
        p2p.secret().ifPresent(secret -> problems.secret("p2p.secret", secret));
        RantaiConfig.P2p.Tls tls = p2p.tls();
        if (tls.enabled()) {
            problems.readableFile("p2p.tls.cert", tls.cert(), "p2p.tls.enabled");
            problems.readableFile("p2p.tls.key", tls.key(), "p2p.tls.enabled");
            tls.trust().ifPresent(trust -> problems.readableFile("p2p.tls.trust", Optional.of(trust), "p2p.tls.enabled"));
        }
        config.api().token().ifPresent(token -> problems.secret("api.token", token));
        config.http().allowedHosts().ifPresent(list -> list.stream().filter(h -> !h.isBlank())
                .forEach(h -> BrowserHostGuard.entryProblem(h).ifPresent(why -> problems.add("http.allowed-hosts", why))));
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
            if (value.isZero() || value.isNegative()) {
                add(key, "must be positive, was " + value);
            }
        }

        void addresses(String key, List<String> values) {
            // A trailing comma leaves an empty element, which the node skips.
            values.stream().filter(v -> !v.isBlank()).forEach(v -> address(key, v));
        }

        void address(String key, String value) {
            try {
                PeerAddress.parse(value);
            } catch (IllegalArgumentException e) {
                add(key, "must be host:port: " + e.getMessage());
            }
        }

        /** A blank secret counts as not set (compose passes an empty variable): nothing to check. */
        void secret(String key, String value) {
            if (!value.isBlank()) {
                Secrets.weakness(value).ifPresent(why -> add(key, why));
            }
        }

        void readableFile(String key, Optional<String> file, String requiredBy) {
            if (file.isEmpty() || file.get().isBlank()) {
                add(key, "is required when " + prefix + "." + requiredBy + "=true");
            } else if (!Files.isRegularFile(Path.of(file.get())) || !Files.isReadable(Path.of(file.get()))) {
                add(key, "cannot be read: " + Path.of(file.get()).toAbsolutePath());
            }
        }

        /** The directory, or the nearest existing directory it would be created in, must be writable. */
        void writableDirectory(String key, Path dir) {
            Path absolute = dir.toAbsolutePath().normalize();
            if (Files.exists(absolute)) {
                if (!Files.isDirectory(absolute)) {
                    add(key, "is not a directory: " + absolute);
                } else if (!Files.isWritable(absolute)) {
                    add(key, "is not writable: " + absolute);
                }
                return;
            }
            Path existing = absolute.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
                add(key, "cannot be created: " + existing + " is not a writable directory");
            }
        }

        void add(String key, String message) {
            messages.add(prefix + "." + key + " " + message);
        }
    }
}
