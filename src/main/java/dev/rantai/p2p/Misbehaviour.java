package dev.rantai.p2p;

/**
 * What gets a connection closed and its address banned: only what no honest node sends. The id is the
 * metrics tag; docs/protocol.md has the table.
 */
public enum Misbehaviour {
    MALFORMED("malformed", "malformed line"),
    OVERSIZE("oversize", "line longer than the frame limit"),
    HANDSHAKE_TIMEOUT("handshake-timeout", "no handshake within the handshake timeout"),
    PROTOCOL("protocol", "message out of order"),
    IDENTITY("identity", "identity not proven: the handshake signature does not match the key"),
    INVALID_BLOCK("invalid-block", "invalid block"),
    UNREQUESTED_BLOCKS("unrequested-blocks", "blocks nobody asked for"),
    INCONSISTENT_ANSWER("inconsistent-answer", "a blocks answer that is not the chain after the locator");

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
