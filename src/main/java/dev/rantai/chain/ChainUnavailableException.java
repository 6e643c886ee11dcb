package dev.rantai.chain;

/** The chain cannot take a submission now: it is stopping, or too many are waiting to be mined. */
public class ChainUnavailableException extends RuntimeException {
    public ChainUnavailableException(String message) {
        super(message, null, false, false);
    }
}
