package dev.rantai.p2p.wire;

import java.math.BigInteger;

/**
 * The first message of both sides. {@code network} is the genesis hash, {@code work} the total
 * work of the sender's chain (a decimal string: it outgrows a JSON number).
 */
public record Hello(int version, String network, String nodeId, int listenPort, long height, String tip,
        BigInteger work, String agent) implements Message {
    public static final String TYPE = "hello";

    public Hello {
        Fields.require(network, "network");
        Fields.require(nodeId, "nodeId");
        Fields.require(tip, "tip");
        Fields.require(work, "work");
        agent = agent == null ? "" : agent;
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

    @Override
    public String type() {
        return TYPE;
    }
}
