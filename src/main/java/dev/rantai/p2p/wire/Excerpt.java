package dev.rantai.p2p.wire;

/**
 * What a log line may show of a peer's text: at most a few dozen characters, every control,
 * format (such as right-to-left marks) and non-ASCII character escaped as {@code \}{@code uXXXX},
 * and the length of what was cut. A peer's bytes never reach a log whole or raw.
 */
public final class Excerpt {
    /** Characters shown of a peer's value in logs and refusal reasons. */
    public static final int DEFAULT_CHARS = 48;

    private Excerpt() {
    }

    public static String of(String text) {
        return of(text, DEFAULT_CHARS);
    }

    public static String of(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), maxChars);
        StringBuilder out = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (text.length() > shown) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
