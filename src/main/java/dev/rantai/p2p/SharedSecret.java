package dev.rantai.p2p;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The network's shared secret ({@code rantai.p2p.secret}) and the handshake proof made with it:
 * {@code HMAC-SHA256(secret, fields)}, where the fields are the context label, the sender's role
 * ({@code dialer} or {@code listener}), the network, the sender's nodeId and nonce and the
 * receiver's nodeId and nonce, each as a 4-byte big-endian length and its UTF-8 bytes. Both
 * nonces are fresh per connection, so a proof recorded in one session fails in any other; the
 * role keeps a node's own proof from being reflected back to it. Thread-safe.
 */
public final class SharedSecret {
    /** The first field of every proof: names the construction and its version. */
    public static final String CONTEXT = "rantai-p2p-auth-v1";
    private static final Pattern NONCE = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SharedSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the shared secret must not be blank");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 32 random bytes as 64 lowercase hex digits. */
    public static String newNonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    public static boolean isNonce(String text) {
        return text != null && NONCE.matcher(text).matches();
    }

    /** The proof the sender of an {@code auth} line computes (64 lowercase hex digits). */
    public String proof(boolean senderDialed, String network, String senderId, String senderNonce,
            String receiverId, String receiverNonce) {
        return HEX.formatHex(mac(senderDialed, network, senderId, senderNonce, receiverId, receiverNonce));
    }

    /** Whether a received proof is right, compared in constant time. */
    public boolean verify(String proof, boolean senderDialed, String network, String senderId, String senderNonce,
            String receiverId, String receiverNonce) {
        byte[] expected = proof(senderDialed, network, senderId, senderNonce, receiverId, receiverNonce)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, proof.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(boolean senderDialed, String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            update(mac, CONTEXT);
            update(mac, senderDialed ? "dialer" : "listener");
            for (String field : fields) {
                update(mac, field);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void update(Mac mac, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
    }

    @Override
    public String toString() {
        return "SharedSecret[hidden]";
    }
}
