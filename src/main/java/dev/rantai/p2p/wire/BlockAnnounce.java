package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.rantai.chain.Block;

/** Announces a new tip of the sender (type {@code block}); the block's fields are bounded as {@link BlockJson} says. */
public record BlockAnnounce(Block block) implements Message {
    public static final String TYPE = "block";

    public BlockAnnounce {
        Fields.require(block, "block");
    }

    static BlockAnnounce read(WireReader r, WireLimits limits) throws WireException {
        return new BlockAnnounce(BlockJson.read(r.object("block"), limits));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeFieldName("block");
        BlockJson.write(g, block);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onBlock(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
