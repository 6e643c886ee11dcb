package dev.rantai.p2p.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.rantai.chain.Block;

/**
 * The answer to {@link GetBlocks}: 0..{@value #MAX_BLOCKS} consecutive canonical blocks, oldest
 * first, and never more bytes than the receiver's frame limit (the sender stops before the block
 * that would not fit, but always sends at least one).
 */
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

    static Blocks read(WireReader r, WireLimits limits) throws WireException {
        List<WireReader> items = r.objects("blocks", MAX_BLOCKS);
        List<Block> blocks = new ArrayList<>(items.size());
        for (WireReader item : items) {
            blocks.add(BlockJson.read(item, limits));
        }
        return new Blocks(blocks);
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("blocks");
        for (Block block : blocks) {
            BlockJson.write(g, block);
        }
        g.writeEndArray();
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onBlocks(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
