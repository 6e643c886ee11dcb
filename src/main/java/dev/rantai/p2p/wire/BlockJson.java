package dev.rantai.p2p.wire;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.rantai.chain.Block;

/**
 * A block in its JSON form on the wire: {@code index} 0..2^63-1, {@code timestamp} 0..2^63-1 (epoch
 * milliseconds), {@code data} 1..max-data-bytes characters (the chain's rules then count its UTF-8
 * bytes), {@code previousHash} and {@code hash} 64 lowercase hex digits, {@code difficulty} 0..256,
 * {@code nonce} any 64-bit integer.
 */
final class BlockJson {
    static final int MAX_DIFFICULTY = 256;

    private BlockJson() {
    }

    static Block read(WireReader r, WireLimits limits) throws WireException {
        return new Block(r.int64("index", 0, Long.MAX_VALUE), r.int64("timestamp", 0, Long.MAX_VALUE),
                r.text("data", limits.maxDataBytes(), s -> !s.isEmpty(), "not empty"), r.hex("previousHash", 64),
                r.int32("difficulty", 0, MAX_DIFFICULTY), r.int64("nonce", Long.MIN_VALUE, Long.MAX_VALUE),
                r.hex("hash", 64));
    }

    /** The fields in the order a missing one is reported, as {@link #read(WireReader, WireLimits)} checks them. */
    private static final String[] FIELDS = { "index", "timestamp", "data", "previousHash", "difficulty", "nonce",
            "hash" };

    /**
     * A block read straight off a parser that stands on its object's start, with the bounds and the
     * messages of {@link #read(WireReader, WireLimits)}: a field that is {@code null} is missing,
     * fields of other names are skipped (the parser still checks their syntax, depth and lengths).
     * A name given twice is refused as the parser's own duplicate detection refuses it ("Duplicate
     * field"), which the caller may turn off for the block objects: that detection builds a set of
     * names per object, and a sync reads 500 blocks a line. Leaves the parser on the object's end.
     *
     * @param where the object's place in the message, for the messages ({@code blocks.blocks[7]})
     */
    static Block read(JsonParser p, String where, WireLimits limits) throws IOException, WireException {
        long index = 0;
        long timestamp = 0;
        long nonce = 0;
        int difficulty = 0;
        String data = null;
        String previousHash = null;
        String hash = null;
        // a bit per field of FIELDS, in its order: named (null or not), and seen with a value
        int named = 0;
        int seen = 0;
        Set<String> others = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            int field = field(name);
            if (field >= 0 ? (named & 1 << field) != 0 : !(others == null ? others = new HashSet<>() : others).add(name)) {
                throw new JsonParseException(p, "Duplicate field '" + name + "'");
            }
            named |= field >= 0 ? 1 << field : 0;
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case 0 -> index = int64(p, where, name, 0, Long.MAX_VALUE);
                case 1 -> timestamp = int64(p, where, name, 0, Long.MAX_VALUE);
                case 2 -> data = WireReader.checkText(where, name, text(p, where, name), limits.maxDataBytes(),
                        d -> !d.isEmpty(), "not empty");
                case 3 -> previousHash = hex(p, where, name);
                case 4 -> difficulty = (int) int64(p, where, name, 0, MAX_DIFFICULTY);
                case 5 -> nonce = int64(p, where, name, Long.MIN_VALUE, Long.MAX_VALUE);
                case 6 -> hash = hex(p, where, name);
                default -> skip(p, value);
            }
            seen |= field >= 0 ? 1 << field : 0;
        }
        for (int i = 0; i < FIELDS.length; i++) {
            if ((seen & 1 << i) == 0) {
                throw WireReader.fail(where, FIELDS[i], "is missing");
            }
        }
        return new Block(index, timestamp, data, previousHash, difficulty, nonce, hash);
    }

    /** The field's place in {@link #FIELDS}, or -1. */
    private static int field(String name) {
        return switch (name) {
            case "index" -> 0;
            case "timestamp" -> 1;
            case "data" -> 2;
            case "previousHash" -> 3;
            case "difficulty" -> 4;
            case "nonce" -> 5;
            case "hash" -> 6;
            default -> -1;
        };
    }

    /** Skips a value of an unknown field; an object in it is checked for duplicate names all the same. */
    private static void skip(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT && value != JsonToken.START_ARRAY) {
            return;
        }
        boolean detecting = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // the value's own context exists already: turning detection on gives it (and its children) a detector
        p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            p.skipChildren();
        } finally {
            if (!detecting) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
        }
    }

    private static long int64(JsonParser p, String where, String name, long min, long max)
            throws IOException, WireException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw WireReader.fail(where, name, "must be an integer of 64 bits");
        }
        return WireReader.checkRange(where, name, p.getLongValue(), min, max);
    }

    private static String text(JsonParser p, String where, String name) throws IOException, WireException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw WireReader.fail(where, name, "must be a string");
        }
        return p.getText();
    }

    private static String hex(JsonParser p, String where, String name) throws IOException, WireException {
        return WireReader.checkText(where, name, text(p, where, name), 64, s -> Fields.isHex(s, 64),
                "64 lowercase hex digits");
    }

    static void write(JsonGenerator g, Block b) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", b.index());
        g.writeNumberField("timestamp", b.timestamp());
        g.writeStringField("data", b.data());
        g.writeStringField("previousHash", b.previousHash());
        g.writeNumberField("difficulty", b.difficulty());
        g.writeNumberField("nonce", b.nonce());
        g.writeStringField("hash", b.hash());
        g.writeEndObject();
    }
}
