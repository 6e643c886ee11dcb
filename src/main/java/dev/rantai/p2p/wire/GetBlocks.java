package dev.rantai.p2p.wire;

import java.util.List;

/**
 * Asks for the canonical blocks after the newest locator hash the receiver has on its canonical
 * chain, at most {@code limit} of them (the receiver caps it at {@link Blocks#MAX_BLOCKS}).
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
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
