package dev.rantai.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change the node over HTTP: a request that is not a read needs {@code Authorization: Bearer <token>}
 * with the configured API token. Reads (GET, HEAD, OPTIONS) stay open so probes, metrics, the dashboard and
 * scripts that only look keep working without a secret.
 */
public final class WriteAccess {
    /** Methods that never change the node; everything else counts as a write. */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";

    private final byte[] expectedDigest;

    public WriteAccess(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("rantai.api.token must not be blank");
        }
        this.expectedDigest = sha256(token);
    }

    public static boolean isWrite(String method) {
        return !READS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** What is wrong with the credentials of a write, or empty when they carry the right token. */
    public Optional<Refusal> check(Optional<String> authorization) {
        if (authorization.isEmpty() || authorization.get().isBlank()) {
            return Optional.of(Refusal.MISSING);
        }
        String value = authorization.get().strip();
        if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(Refusal.MALFORMED);
        }
        // Digests have one length, so the comparison takes the same time whatever the candidate's length or content.
        byte[] given = sha256(value.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(expectedDigest, given) ? Optional.empty() : Optional.of(Refusal.WRONG_TOKEN);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Why a write was refused, with the RFC 6750 error code for the WWW-Authenticate header where one applies. */
    public enum Refusal {
        MISSING("This node requires the API token for writes: send Authorization: Bearer <token>"
                + " (in a browser, give it once at /token).", Optional.empty()),
        MALFORMED("The Authorization header must be Bearer <token>; no other scheme is accepted.",
                Optional.of("invalid_request")),
        WRONG_TOKEN("The bearer token is not this node's API token (rantai.api.token).", Optional.of("invalid_token"));

        private final String detail;
        private final Optional<String> error;

        Refusal(String detail, Optional<String> error) {
            this.detail = detail;
            this.error = error;
        }

        public String detail() {
            return detail;
        }

        /** The value of the WWW-Authenticate header of the 401. */
        public String challenge() {
            return error.map(e -> "Bearer realm=\"rantai\", error=\"" + e + "\"").orElse("Bearer realm=\"rantai\"");
        }
    }
}
