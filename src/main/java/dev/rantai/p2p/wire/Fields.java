package dev.rantai.p2p.wire;

/** Checks of field values shared by the message records. */
public final class Fields {
    private Fields() {
    }

    static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Exactly {@code digits} characters of {@code 0-9a-f}. */
    public static boolean isHex(String s, int digits) {
        if (s == null || s.length() != digits) {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Digits only, at least one, no leading zero unless it is {@code 0}. */
    public static boolean isDecimal(String s) {
        if (s == null || s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Printable ASCII ({@code 0x20..0x7E}) only: what an agent string may hold. */
    public static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Text without control characters (other than tab) and without unpaired surrogates. */
    public static boolean isPlainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
