package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** The answer to a {@link Ping}, with its {@code nonce}. */
public record Pong(long nonce) implements Message {
    public static final String TYPE = "pong";

    static Pong read(WireReader r, WireLimits limits) throws WireException {
        return new Pong(r.int64("nonce", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeNumberField("nonce", nonce);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onPong(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
