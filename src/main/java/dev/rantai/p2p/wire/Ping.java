package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** Asks for a {@link Pong} with the same {@code nonce} (any 64-bit integer): liveness and round-trip time. */
public record Ping(long nonce) implements Message {
    public static final String TYPE = "ping";

    static Ping read(WireReader r, WireLimits limits) throws WireException {
        return new Ping(r.int64("nonce", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeNumberField("nonce", nonce);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onPing(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
