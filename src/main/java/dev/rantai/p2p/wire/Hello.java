package dev.rantai.p2p.wire;

import java.math.BigInteger;

/**
 * The first message of both sides. {@code network} is the genesis hash, {@code work} the total
 * work of the sender's chain (a decimal string: it outgrows a JSON number). {@code nonce} is empty
 * unless the sender has a shared secret: then 64 random hex digits for the {@code auth} proof.
 */
public record Hello(int version, String network, String nodeId, int listenPort, long height, String tip,
        BigInteger work, String agent, String nonce) implements Message {

    public static final String TYPE = "hello";

    public Hello {
        Fields.require(network, "network");
        Fields.require(nodeId, "nodeId");
        Fields.require(tip, "tip");
        Fields.require(work, "work");
        agent = agent == null ? "" : agent;
        nonce = nonce == null ? "" : nonce;
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listenPort must be 0..65535, was " + listenPort);
        }
        if (height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
        if (work.signum() < 0) {
            throw new IllegalArgumentException("work must not be negative");
        }
    }

    /** A hello without a nonce: the sender has no shared secret. */
    public Hello(int version, String network, String nodeId, int listenPort, long height, String tip,
            BigInteger work, String agent) {
        this(version, network, nodeId, listenPort, height, tip, work, agent, "");
    }

    public Hello withNonce(String newNonce) {
        return new Hello(version, network, nodeId, listenPort, height, tip, work, agent, newNonce);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
