package dev.rantai.web.ui;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.rantai.web.api.SubmissionReader;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * The body of one of the dashboard's form posts ({@code application/x-www-form-urlencoded}, as the WHATWG URL
 * standard defines it), read strictly by the node itself: the framework's own form reader logged a stranger's
 * malformed form (a broken {@code %} escape, a thousand fields) as an ERROR with its stack trace, answered it 500
 * or not at all, and turned bytes that are not UTF-8 into U+FFFD where the API refuses them.
 */
final class FormBody {
    /** The dashboard's forms have two or three fields; a browser adds none. */
    static final int MAX_FIELDS = 8;

    private FormBody() {
    }

    /**
     * The values of {@code fields} in the body; other names are ignored.
     *
     * @throws ProblemException {@code invalid-body} (400) for more than {@value #MAX_FIELDS} fields, a broken
     *         {@code %} escape or a field given twice; {@code rule-violation} {@code data-not-utf8} (422) for
     *         bytes that are not UTF-8, as {@code POST /api/blocks} answers them
     */
    static Map<String, String> parse(byte[] body, Set<String> fields) {
        Map<String, String> values = new HashMap<>();
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return values;
        }
        String[] pairs = text.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The form has " + pairs.length + " fields; the"
                    + " dashboard's forms have at most " + MAX_FIELDS + ".");
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!fields.contains(name)) {
                continue;
            }
            if (values.put(name, decode(eq < 0 ? "" : pair.substring(eq + 1))) != null) {
                throw new ProblemException(ProblemType.INVALID_BODY, "The form gives " + name + " more than once.");
            }
        }
        return values;
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new ProblemException(ProblemType.INVALID_BODY, "The form is not URL-encoded: a % must be"
                            + " followed by two hex digits.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return SubmissionReader.decodeUtf8(bytes.toByteArray());
    }
}
