package dev.rantai.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Chain work: each block adds 2^difficulty. Stored as fixed-width hex so text order is numeric order. */
public final class Work {
    private static final int HEX_DIGITS = 96;

    private Work() {
    }

    public static BigInteger of(int difficulty) {
        return BigInteger.ONE.shiftLeft(difficulty);
    }

    /**
     * The work as {@value #HEX_DIGITS} lowercase hex digits, zero-padded on the left: written once per
     * stored block, so it is built in one array rather than through {@link BigInteger#toString(int)}.
     *
     * @throws IllegalArgumentException if the work is negative or needs more digits
     */
    public static String toHex(BigInteger work) {
        if (work.signum() < 0 || work.bitLength() > 4 * HEX_DIGITS) {
            throw new IllegalArgumentException("work does not fit in " + HEX_DIGITS + " hex digits");
        }
        byte[] digits = new byte[HEX_DIGITS];
        Arrays.fill(digits, (byte) '0');
        // big-endian two's complement; a sign byte of zero may lead
        byte[] magnitude = work.toByteArray();
        int at = HEX_DIGITS;
        for (int i = magnitude.length - 1; i >= 0 && at > 0; i--) {
            digits[--at] = DIGITS[magnitude[i] & 0xf];
            digits[--at] = DIGITS[(magnitude[i] >> 4) & 0xf];
        }
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    public static BigInteger fromHex(String hex) {
        return new BigInteger(hex, 16);
    }
}
