package dev.rantai.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and the lowercase hex form in which hashes travel and are stored. */
public final class Hashes {
    public static final int HASH_BYTES = 32;
    public static final String ZERO_HASH = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();
    /** {@link MessageDigest#getInstance} looks the provider up each time; a digest resets itself after digest(). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashes::newSha256);

    private Hashes() {
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }

    public static byte[] sha256(byte[] bytes) {
        return SHA256.get().digest(bytes);
    }

    public static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Parses 64 hex digits; rejects anything else so a malformed hash never reaches the store. */
    public static byte[] parseHash(String hex) {
        if (!isHash(hex)) {
            throw new IllegalArgumentException("not a 64-digit lowercase hex hash: " + hex);
        }
        return HEX.parseHex(hex);
    }

    /**
     * Whether {@code hex} is the lowercase hex form of {@code bytes}, compared digit by digit without
     * building that form (a block's check compares every received block's hash so).
     */
    public static boolean isHexOf(byte[] bytes, String hex) {
        if (hex == null || hex.length() != 2 * bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (hex.charAt(2 * i) != DIGITS.charAt((bytes[i] >> 4) & 0xf)
                    || hex.charAt(2 * i + 1) != DIGITS.charAt(bytes[i] & 0xf)) {
                return false;
            }
        }
        return true;
    }

    private static final String DIGITS = "0123456789abcdef";

    public static boolean isHash(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Number of leading zero bits of a hash: the measure of proof of work. */
    public static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }
}
