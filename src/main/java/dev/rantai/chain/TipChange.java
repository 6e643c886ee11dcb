package dev.rantai.chain;

import java.util.List;

import dev.rantai.chain.store.StoredBlock;

/**
 * A committed change of the canonical chain: blocks disconnected from the old tip (newest first)
 * and blocks connected up to the new tip (oldest first). Published once, after the commit.
 */
public record TipChange(ChainTip previous, ChainTip current, List<StoredBlock> connected,
        List<StoredBlock> disconnected) {

    public boolean isReorg() {
        return !disconnected.isEmpty();
    }
}
