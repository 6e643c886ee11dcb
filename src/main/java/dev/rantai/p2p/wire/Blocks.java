package dev.rantai.p2p.wire;

import java.util.List;

import dev.rantai.chain.Block;

/** The answer to {@link GetBlocks}: consecutive canonical blocks, oldest first; empty when there are none. */
public record Blocks(List<Block> blocks) implements Message {
    public static final String TYPE = "blocks";
    public static final int MAX_BLOCKS = 500;

    public Blocks {
        Fields.require(blocks, "blocks");
        blocks = List.copyOf(blocks);
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException("at most " + MAX_BLOCKS + " blocks per message, had " + blocks.size());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
