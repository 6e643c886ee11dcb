package dev.rantai.chain;

import java.time.Duration;

/**
 * What makes a network: every node with the same difficulty and genesis data computes the same
 * genesis block. The data limit and the allowed clock drift are local policy.
 */
public record ChainParams(int difficulty, String genesisData, int maxDataBytes, Duration maxFutureDrift) {

    public static final int MAX_DIFFICULTY = 255;

    public ChainParams {
        if (difficulty < 0 || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException("difficulty must be 0..255 leading zero bits, was " + difficulty);
        }
        if (genesisData == null || genesisData.isEmpty()) {
            throw new IllegalArgumentException("genesis data must not be empty");
        }
        if (maxDataBytes < 1) {
            throw new IllegalArgumentException("max data bytes must be at least 1, was " + maxDataBytes);
        }
        if (maxFutureDrift == null || maxFutureDrift.isNegative()) {
            throw new IllegalArgumentException("max future drift must be zero or positive");
        }
    }

    public static ChainParams defaults(int difficulty) {
        return new ChainParams(difficulty, "Genesis Block", 64 * 1024, Duration.ofMinutes(2));
    }
}
