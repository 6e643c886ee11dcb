package dev.rantai.p2p.wire;

import com.fasterxml.jackson.core.JsonGenerator;

/** Asks for {@link Peers}; no fields. */
public record GetPeers() implements Message {
    public static final String TYPE = "get_peers";

    static GetPeers read(WireReader r, WireLimits limits) {
        return new GetPeers();
    }

    @Override
    public void writeFields(JsonGenerator g) {
        // the type says it all
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onGetPeers(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
