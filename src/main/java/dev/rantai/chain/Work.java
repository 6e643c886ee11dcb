package dev.rantai.chain;

import java.math.BigInteger;

/** Chain work: each block adds 2^difficulty. Stored as fixed-width hex so text order is numeric order. */
public final class Work {
    private static final int HEX_DIGITS = 96;

    private Work() {
    }

    public static BigInteger of(int difficulty) {
        return BigInteger.ONE.shiftLeft(difficulty);
    }

    public static String toHex(BigInteger work) {
        String hex = work.toString(16);
        if (hex.length() > HEX_DIGITS) {
            throw new IllegalArgumentException("work does not fit in " + HEX_DIGITS + " hex digits");
        }
        return "0".repeat(HEX_DIGITS - hex.length()) + hex;
    }

    public static BigInteger fromHex(String hex) {
        return new BigInteger(hex, 16);
    }
}
