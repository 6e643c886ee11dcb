package dev.rantai.p2p.wire;

/** A line that is not a valid message: not JSON, not an object, a missing or mistyped field, too long. */
public final class WireException extends Exception {
    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
