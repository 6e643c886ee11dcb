package dev.rantai.web.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.UriInfo;

import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * The paging parameters of block lists, read strictly and the same way for the API and the
 * dashboard: ASCII digits only (an optional minus sign so that -1 gets the range message), no
 * spaces, no other digits of Unicode; a parameter given empty is an error, not the default.
 */
public final class PagingParameters {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
    /** Digits beyond any value a parameter can take (a long has 18 whole digits at least). */
    private static final Pattern TOO_LONG = Pattern.compile("-?[0-9]{19,}");

    private PagingParameters() {
    }

    /**
     * The value of a query parameter as sent, from the raw query: {@code ?limit=} gives an empty
     * value here, where the framework's parameter binding gives none at all; a parameter given twice
     * is a {@code 400} problem.
     */
    public static Optional<String> query(UriInfo uri, String name) {
        String raw = uri.getRequestUri().getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        Optional<String> value = Optional.empty();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                if (value.isPresent()) {
                    // Which of two values a server takes differs from one to the next: neither is guessed.
                    throw new ProblemException(ProblemType.INVALID_PARAMETER, name + " is given more than once;"
                            + " give it once.");
                }
                value = Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return value;
    }

    /** {@code limit}: 1..max, or {@code fallback} when the parameter is absent. */
    public static int limit(Optional<String> text, int fallback, int max) {
        return count("limit", text, fallback, max);
    }

    /** A count parameter called {@code name}: 1..max, or {@code fallback} when absent. */
    public static int count(String name, Optional<String> text, int fallback, int max) {
        if (text.isEmpty()) {
            return fallback;
        }
        long count = number(name, text.get());
        if (count < 1 || count > max) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    name + " must be 1.." + max + ", was " + text.get() + ".");
        }
        return (int) count;
    }

    /** {@code before}: a height (exclusive), at least 1, or {@code fallback} when the parameter is absent. */
    public static long before(Optional<String> text, long fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        long before = number("before", text.get());
        if (before < 1) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "before is a height (exclusive) and must be at least 1, was " + text.get() + ".");
        }
        return before;
    }

    /** {@code after}: a sequence number (exclusive), at least 0; 0 when absent. */
    public static long after(Optional<String> text) {
        if (text.isEmpty()) {
            return 0;
        }
        long after = number("after", text.get());
        if (after < 0) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "after is a message number and must be at least 0, was " + text.get() + ".");
        }
        return after;
    }

    private static long number(String name, String text) {
        if (TOO_LONG.matcher(text).matches()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, name + " is too large, was " + text.length()
                    + " digits long.");
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, name + " must be a whole number of ASCII"
                    + " digits, was '" + text + "'.");
        }
        return Long.parseLong(text);
    }
}
