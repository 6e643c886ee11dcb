package dev.rantai.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a secret ({@code rantai.api.token}, {@code rantai.p2p.secret}) one anyone could guess: a
 * placeholder such as the one committed in {@code deploy/kubernetes/api-token.env}, fewer than
 * {@value #MIN_LENGTH} characters, or very few distinct characters. {@code openssl rand -hex 32} gives
 * 64 hex digits of 256 random bits, which passes.
 */
final class Secrets {
    static final int MIN_LENGTH = 32;
    static final String HOW_TO_MAKE_ONE = "make one with `openssl rand -hex 32`";
    /** A random secret of 32 or more characters has far more distinct characters than this. */
    private static final int MIN_DISTINCT = 8;
    /**
     * Words of placeholders in templates and documentation (lower case), including the one of
     * deploy/kubernetes/api-token.env. No random hex or base64 text of this length contains one by chance
     * in practice.
     */
    private static final List<String> PLACEHOLDER_WORDS = List.of("replace-me", "replace_me", "replaceme", "change-me",
            "change_me", "changeme", "changeit", "placeholder", "example", "your-", "your_", "<", ">");

    private Secrets() {
    }

    /** Why {@code secret} may not be used, as the end of a sentence that starts with its key; empty when it may. */
    static Optional<String> weakness(String secret) {
        String lower = secret.toLowerCase(Locale.ROOT);
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.contains(word)) {
                return Optional.of("is a placeholder, not a secret: " + HOW_TO_MAKE_ONE);
            }
        }
        if (secret.length() < MIN_LENGTH) {
            return Optional.of("is too short (" + secret.length() + " characters, at least " + MIN_LENGTH + "): "
                    + HOW_TO_MAKE_ONE);
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT) {
            return Optional.of("is too simple (fewer than " + MIN_DISTINCT + " distinct characters): " + HOW_TO_MAKE_ONE);
        }
        return Optional.empty();
    }
}
