package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

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
