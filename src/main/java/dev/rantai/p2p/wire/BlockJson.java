package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
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
     * Leaves the parser on the object's end.
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
        int seen = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            // a bit per field of FIELDS, in its order
            switch (name) {
                case "index" -> {
                    index = int64(p, where, name, 0, Long.MAX_VALUE);
                    seen |= 1;
                }
                case "timestamp" -> {
                    timestamp = int64(p, where, name, 0, Long.MAX_VALUE);
                    seen |= 1 << 1;
                }
                case "data" -> {
                    data = WireReader.checkText(where, name, text(p, where, name), limits.maxDataBytes(),
                            d -> !d.isEmpty(), "not empty");
                    seen |= 1 << 2;
                }
                case "previousHash" -> {
                    previousHash = hex(p, where, name);
                    seen |= 1 << 3;
                }
                case "difficulty" -> {
                    difficulty = (int) int64(p, where, name, 0, MAX_DIFFICULTY);
                    seen |= 1 << 4;
                }
                case "nonce" -> {
                    nonce = int64(p, where, name, Long.MIN_VALUE, Long.MAX_VALUE);
                    seen |= 1 << 5;
                }
                case "hash" -> {
                    hash = hex(p, where, name);
                    seen |= 1 << 6;
                }
                default -> p.skipChildren();
            }
        }
        for (int i = 0; i < FIELDS.length; i++) {
            if ((seen & 1 << i) == 0) {
                throw WireReader.fail(where, FIELDS[i], "is missing");
            }
        }
        return new Block(index, timestamp, data, previousHash, difficulty, nonce, hash);
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
