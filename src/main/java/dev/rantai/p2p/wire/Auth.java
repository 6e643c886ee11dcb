package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The sender's proof of its identity, after both hellos (docs/protocol.md, Handshake): the dialer
 * sends it first, the listener only after the dialer's verified.
 *
 * @param signature the Ed25519 signature (RFC 8032) of the handshake transcript with the key of the
 *        sender's hello: 64 bytes as 128 lowercase hex digits
 * @param proof with a shared secret, HMAC-SHA256 of the same transcript keyed with the secret (64
 *        lowercase hex digits); empty (and absent on the wire) without one
 */
public record Auth(String signature, String proof) implements Message {
    public static final String TYPE = "auth";

    public Auth {
        if (!Fields.isHex(signature, 128)) {
            throw new IllegalArgumentException("signature must be 128 lowercase hex digits");
        }
        Fields.require(proof, "proof");
        if (!proof.isEmpty() && !Fields.isHex(proof, 64)) {
            throw new IllegalArgumentException("proof must be empty or 64 lowercase hex digits");
        }
    }

    static Auth read(WireReader r, WireLimits limits) throws WireException {
        return new Auth(r.hex("signature", 128),
                r.optionalText("proof", 64, s -> Fields.isHex(s, 64), "64 lowercase hex digits", ""));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeStringField("signature", signature);
        if (!proof.isEmpty()) {
            g.writeStringField("proof", proof);
        }
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onAuth(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
