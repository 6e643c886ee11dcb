package dev.rantai.p2p.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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

    /**
     * The {@code blocks} array read straight off a parser that stands on its value, with the bounds of
     * {@link #read(WireReader, WireLimits)}: the count is refused at the first block past
     * {@value #MAX_BLOCKS}, before it is read.
     */
    static List<Block> read(JsonParser p, WireLimits limits) throws IOException, WireException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw WireReader.fail(TYPE, "blocks", "must be an array");
        }
        List<Block> blocks = new ArrayList<>();
        // The block objects check their names themselves (BlockJson.read): the parser's own detection, a
        // set of names per object, is turned off for the first block's context, which the parser reuses
        // for the blocks after it; the array's context, and so the message's later objects, keep theirs.
        boolean detecting = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (blocks.size() == MAX_BLOCKS) {
                    throw WireReader.fail(TYPE, "blocks", "must hold at most " + MAX_BLOCKS + " items, had more");
                }
                String where = TYPE + ".blocks[" + blocks.size() + "]";
                if (t != JsonToken.START_OBJECT) {
                    throw new WireException(where + " must be an object");
                }
                if (blocks.isEmpty() && detecting) {
                    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
                blocks.add(BlockJson.read(p, where, limits));
            }
        } finally {
            if (detecting) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
        }
        return blocks;
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
