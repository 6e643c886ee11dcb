package dev.rantai.p2p.wire;

/** The answer to a {@link Ping}, with its nonce. */
public record Pong(long nonce) implements Message {
    public static final String TYPE = "pong";

    @Override
    public String type() {
        return TYPE;
    }
}
