package dev.rantai.chain.store;

import java.math.BigInteger;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;

/** A block with what the store knows about it: total work of its chain, its source, when it arrived. */
public record StoredBlock(Block block, BigInteger work, BlockSource source, long receivedAt) {
    public String hash() {
        return block.hash();
    }

    public long height() {
        return block.index();
    }
}
