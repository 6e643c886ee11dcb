package dev.rantai.p2p.wire;

/** The last line before the sender closes the connection, with the reason. */
public record Bye(String reason) implements Message {
    public static final String TYPE = "bye";
    /** The reason a node gives its peers when it stops. */
    public static final String SHUTTING_DOWN = "shutting down";

    public Bye {
        reason = reason == null ? "" : reason;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
