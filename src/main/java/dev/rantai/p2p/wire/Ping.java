package dev.rantai.p2p.wire;

/** Asks for a {@link Pong} with the same nonce: keeps the connection alive and measures the round trip. */
public record Ping(long nonce) implements Message {
    public static final String TYPE = "ping";

    @Override
    public String type() {
        return TYPE;
    }
}
