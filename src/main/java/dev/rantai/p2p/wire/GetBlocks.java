package dev.rantai.p2p.wire;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Asks for the canonical blocks after the newest locator hash the receiver has on its canonical
 * chain (after the genesis if it has none of them).
 *
 * @param locator 1..{@value #MAX_LOCATOR} block hashes (64 lowercase hex digits each), newest first
 * @param limit how many blocks at most, 1..{@value Blocks#MAX_BLOCKS}; the answer may hold fewer
 *        (a byte cap, docs/protocol.md)
 */
public record GetBlocks(List<String> locator, int limit) implements Message {
    public static final String TYPE = "get_blocks";
    /** A locator of a chain of 2^63 blocks is about 70 hashes; more is not a locator. */
    public static final int MAX_LOCATOR = 128;

    public GetBlocks {
        Fields.require(locator, "locator");
        locator = List.copyOf(locator);
        if (locator.isEmpty() || locator.size() > MAX_LOCATOR) {
            throw new IllegalArgumentException("locator must hold 1.." + MAX_LOCATOR + " hashes, had " + locator.size());
        }
        if (limit < 1 || limit > Blocks.MAX_BLOCKS) {
            throw new IllegalArgumentException("limit must be 1.." + Blocks.MAX_BLOCKS + ", was " + limit);
        }
    }

    static GetBlocks read(WireReader r, WireLimits limits) throws WireException {
        return new GetBlocks(r.texts("locator", 1, MAX_LOCATOR, 64, s -> Fields.isHex(s, 64), "64 lowercase hex digits"),
                r.int32("limit", 1, Blocks.MAX_BLOCKS));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("locator");
        for (String hash : locator) {
            g.writeString(hash);
        }
        g.writeEndArray();
        g.writeNumberField("limit", limit);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onGetBlocks(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
