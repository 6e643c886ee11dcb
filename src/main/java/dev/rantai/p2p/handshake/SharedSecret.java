package dev.rantai.p2p.handshake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The network's shared secret ({@code rantai.p2p.secret}), the admission check of a private network:
 * a peer proves it knows the secret with {@code HMAC-SHA256(secret, transcript)} over the handshake's
 * {@link Transcript}, next to its signature. The dialer proves first and the listener answers only a
 * proof it verified, so a stranger who dials a node gets no proof to guess the secret against offline.
 * Thread-safe.
 */
public final class SharedSecret {
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    public SharedSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the shared secret must not be blank");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The proof of the transcript: 64 lowercase hex digits. */
    public String proof(byte[] transcript) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HEX.formatHex(mac.doFinal(transcript));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether a received proof is right, compared in constant time. */
    public boolean verify(String proof, byte[] transcript) {
        return MessageDigest.isEqual(proof(transcript).getBytes(StandardCharsets.US_ASCII),
                proof.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "SharedSecret[hidden]";
    }
}
