package dev.rantai.p2p.wire;

/** Asks for addresses of other nodes. */
public record GetPeers() implements Message {
    public static final String TYPE = "get_peers";

    @Override
    public String type() {
        return TYPE;
    }
}
