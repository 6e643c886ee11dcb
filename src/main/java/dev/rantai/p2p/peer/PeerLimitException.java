package dev.rantai.p2p.peer;

/** The node keeps as many peer addresses as it allows: the message says which limit and what to do. */
public final class PeerLimitException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PeerLimitException(String message) {
        super(message);
    }
}
