package dev.rantai.p2p.wire;

/**
 * The proof that the sender knows the network's shared secret, sent after both hellos when
 * {@code rantai.p2p.secret} is set: 64 hex digits of an HMAC over both sides' nonces (see
 * docs/protocol.md, Shared secret).
 */
public record Auth(String proof) implements Message {
    public static final String TYPE = "auth";

    public Auth {
        Fields.require(proof, "proof");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
