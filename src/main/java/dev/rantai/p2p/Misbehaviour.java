package dev.rantai.p2p;

/** What gets a connection closed and its address banned; the id is the metrics tag. */
public enum Misbehaviour {
    MALFORMED("malformed", "malformed line"),
    OVERSIZE("oversize", "line longer than the frame limit"),
    HANDSHAKE_TIMEOUT("handshake-timeout", "no hello within the handshake timeout"),
    PROTOCOL("protocol", "message out of order"),
    INVALID_BLOCK("invalid-block", "invalid block"),
    UNREQUESTED_BLOCKS("unrequested-blocks", "blocks nobody asked for");

    private final String id;
    private final String description;

    Misbehaviour(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
