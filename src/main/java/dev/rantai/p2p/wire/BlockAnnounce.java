package dev.rantai.p2p.wire;

import dev.rantai.chain.Block;

/** Announces a new tip of the sender. Type {@code block}. */
public record BlockAnnounce(Block block) implements Message {
    public static final String TYPE = "block";

    public BlockAnnounce {
        Fields.require(block, "block");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
