package dev.rantai.chain;

import java.math.BigInteger;

/** The head of the canonical chain and the total work behind it. */
public record ChainTip(Block block, BigInteger work) {
    public long height() {
        return block.index();
    }

    public String hash() {
        return block.hash();
    }
}
