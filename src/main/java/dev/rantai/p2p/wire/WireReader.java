package dev.rantai.p2p.wire;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of one JSON object of a message, read with their bounds: every accessor checks the
 * type, the length and the range of the value before anything else is done with it, and throws a
 * {@link WireException} that names the message, the field and the bound (with an escaped excerpt
 * of a bad value, never the value itself). Fields not asked for are ignored, so a newer peer may
 * add some.
 */
public final class WireReader {
    private final JsonNode node;
    private final String where;

    WireReader(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    private JsonNode field(String name) throws WireException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fail(name, "is missing");
        }
        return value;
    }

    /** Whether the field is present (and not null). */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    WireException fail(String name, String problem) {
        return fail(where, name, problem);
    }

    static WireException fail(String where, String name, String problem) {
        return new WireException(where + "." + name + " " + problem);
    }

    /** A string of at most {@code maxChars} UTF-16 characters that {@code allowed} accepts as a whole. */
    public String text(String name, int maxChars, Predicate<String> allowed, String rule) throws WireException {
        JsonNode value = field(name);
        if (!value.isTextual()) {
            throw fail(name, "must be a string");
        }
        return checkText(where, name, value.textValue(), maxChars, allowed, rule);
    }

    /** The bounds of {@link #text}, for a value read elsewhere (a streamed {@code blocks} answer). */
    static String checkText(String where, String name, String text, int maxChars, Predicate<String> allowed,
            String rule) throws WireException {
        if (text.length() > maxChars) {
            throw fail(where, name, "must be at most " + maxChars + " characters, had " + text.length());
        }
        if (!allowed.test(text)) {
            throw fail(where, name, "must be " + rule + ", was '" + Excerpt.of(text) + "'");
        }
        return text;
    }

    /** The optional string field, or {@code absent} if it is missing. */
    public String optionalText(String name, int maxChars, Predicate<String> allowed, String rule, String absent)
            throws WireException {
        return has(name) ? text(name, maxChars, allowed, rule) : absent;
    }

    /** Exactly {@code digits} lowercase hex digits. */
    public String hex(String name, int digits) throws WireException {
        return text(name, digits, s -> Fields.isHex(s, digits), digits + " lowercase hex digits");
    }

    /** A JSON integer in {@code min..max}. */
    public long int64(String name, long min, long max) throws WireException {
        JsonNode value = field(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(name, "must be an integer of 64 bits");
        }
        return checkRange(where, name, value.longValue(), min, max);
    }

    /** The range check of {@link #int64}, for a value read elsewhere. */
    static long checkRange(String where, String name, long v, long min, long max) throws WireException {
        if (v < min || v > max) {
            throw fail(where, name, "must be " + min + ".." + max + ", was " + v);
        }
        return v;
    }

    public int int32(String name, int min, int max) throws WireException {
        return (int) int64(name, min, max);
    }

    /**
     * A non-negative decimal integer written as a string of at most {@code maxDigits} digits,
     * without sign or leading zeros: the length is checked before the (quadratic) conversion.
     */
    public BigInteger decimal(String name, int maxDigits) throws WireException {
        String text = text(name, maxDigits, Fields::isDecimal,
                "a decimal integer of 1.." + maxDigits + " digits without sign or leading zeros");
        return new BigInteger(text);
    }

    /** A JSON object field, read with the same bounds. */
    public WireReader object(String name) throws WireException {
        JsonNode value = field(name);
        if (!value.isObject()) {
            throw fail(name, "must be an object");
        }
        return new WireReader(value, where + "." + name);
    }

    /** The elements of a JSON array of at most {@code maxItems} objects. */
    public List<WireReader> objects(String name, int maxItems) throws WireException {
        JsonNode array = array(name, maxItems);
        List<WireReader> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                throw fail(name + "[" + i + "]", "must be an object");
            }
            items.add(new WireReader(item, where + "." + name + "[" + i + "]"));
        }
        return items;
    }

    /** A JSON array of {@code minItems..maxItems} strings, each as {@link #text} checks it. */
    public List<String> texts(String name, int minItems, int maxItems, int maxChars, Predicate<String> allowed,
            String rule) throws WireException {
        JsonNode array = array(name, maxItems);
        if (array.size() < minItems) {
            throw fail(name, "must hold " + minItems + ".." + maxItems + " items, had " + array.size());
        }
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String label = name + "[" + i + "]";
            if (!item.isTextual()) {
                throw fail(label, "must be a string");
            }
            String text = item.textValue();
            if (text.length() > maxChars || !allowed.test(text)) {
                throw fail(label, "must be " + rule + ", was '" + Excerpt.of(text) + "'");
            }
            values.add(text);
        }
        return values;
    }

    private JsonNode array(String name, int maxItems) throws WireException {
        JsonNode value = field(name);
        if (!value.isArray()) {
            throw fail(name, "must be an array");
        }
        if (value.size() > maxItems) {
            throw fail(name, "must hold at most " + maxItems + " items, had " + value.size());
        }
        return value;
    }
}
