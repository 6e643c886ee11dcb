package dev.rantai.p2p.wire;

/**
 * Strict UTF-8 (RFC 3629, the well-formed byte sequences of Unicode's Table 3-7): no overlong
 * forms ({@code C0 AE} for {@code .}), no surrogates ({@code ED A0 80}), nothing above U+10FFFF,
 * no truncated sequences. A JSON parser decodes some ill-formed sequences leniently, so every
 * line from a peer is checked here first.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte that is not part of a well-formed sequence, or -1 if all {@code length} bytes are. */
    public static int firstInvalid(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0; // overlong below U+0800
                } else if (b == 0xED) {
                    hi = 0x9F; // surrogates U+D800..U+DFFF
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90; // overlong below U+10000
                } else if (b == 0xF4) {
                    hi = 0x8F; // above U+10FFFF
                }
            } else {
                return i; // a continuation byte first, C0/C1 (overlong), or F5..FF
            }
            if (i + need >= length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
