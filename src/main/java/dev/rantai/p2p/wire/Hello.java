package dev.rantai.p2p.wire;

import java.io.IOException;
import java.math.BigInteger;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The first message of both sides (docs/protocol.md, Handshake).
 *
 * @param version the highest protocol version the sender speaks, 1..65535
 * @param network the genesis hash, 64 lowercase hex digits
 * @param nodeId the first 16 bytes of SHA-256 of {@code key}, 32 lowercase hex digits
 * @param key the sender's Ed25519 public key (RFC 8032), 32 bytes as 64 lowercase hex digits
 * @param nonce 32 fresh random bytes of the sender for this connection, 64 lowercase hex digits
 * @param listenPort where the sender accepts connections, 0..65535 (0: it does not)
 * @param height the height of the sender's tip, 0..2^63-1 (a claim until blocks show it)
 * @param tip the hash of the sender's tip, 64 lowercase hex digits
 * @param work the total work of the sender's chain: a decimal string of at most
 *        {@value #MAX_WORK_DIGITS} digits (2^256 per block over 2^63 blocks has 97)
 * @param agent the sender's software, at most {@value #MAX_AGENT_CHARS} printable ASCII characters
 */
public record Hello(int version, String network, String nodeId, String key, String nonce, int listenPort, long height,
        String tip, BigInteger work, String agent) implements Message {

    public static final String TYPE = "hello";
    public static final int MAX_WORK_DIGITS = 100;
    public static final int MAX_AGENT_CHARS = 64;
    public static final int MAX_VERSION = 65535;

    public Hello {
        if (version < 1 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version must be 1.." + MAX_VERSION + ", was " + version);
        }
        hex(network, 64, "network");
        hex(nodeId, 32, "nodeId");
        hex(key, 64, "key");
        hex(nonce, 64, "nonce");
        hex(tip, 64, "tip");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listenPort must be 0..65535, was " + listenPort);
        }
        if (height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
        Fields.require(work, "work");
        if (work.signum() < 0 || work.toString().length() > MAX_WORK_DIGITS) {
            throw new IllegalArgumentException("work must be 0..10^" + MAX_WORK_DIGITS);
        }
        Fields.require(agent, "agent");
        if (agent.length() > MAX_AGENT_CHARS || !Fields.isPrintableAscii(agent)) {
            throw new IllegalArgumentException("agent must be at most " + MAX_AGENT_CHARS + " printable ASCII characters");
        }
    }

    private static void hex(String value, int digits, String name) {
        if (!Fields.isHex(value, digits)) {
            throw new IllegalArgumentException(name + " must be " + digits + " lowercase hex digits");
        }
    }

    static Hello read(WireReader r, WireLimits limits) throws WireException {
        return new Hello(r.int32("version", 1, MAX_VERSION), r.hex("network", 64), r.hex("nodeId", 32), r.hex("key", 64),
                r.hex("nonce", 64), r.int32("listenPort", 0, 65535), r.int64("height", 0, Long.MAX_VALUE), r.hex("tip", 64),
                r.decimal("work", MAX_WORK_DIGITS),
                r.text("agent", MAX_AGENT_CHARS, Fields::isPrintableAscii, "printable ASCII"));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeNumberField("version", version);
        g.writeStringField("network", network);
        g.writeStringField("nodeId", nodeId);
        g.writeStringField("key", key);
        g.writeStringField("nonce", nonce);
        g.writeNumberField("listenPort", listenPort);
        g.writeNumberField("height", height);
        g.writeStringField("tip", tip);
        g.writeStringField("work", work.toString());
        g.writeStringField("agent", agent);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onHello(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
