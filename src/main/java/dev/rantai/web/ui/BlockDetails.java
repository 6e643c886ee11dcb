package dev.rantai.web.ui;

import java.util.Optional;

import dev.rantai.chain.store.StoredBlock;

/**
 * One block for its page.
 *
 * @param stored the block with its total work, source and arrival time
 * @param canonical whether it is on the canonical chain (a side-branch block is kept but not part of it)
 * @param nextHash the canonical block after it, if any
 * @param confirmations blocks from it to the tip, itself included (1 for the tip); 0 off the canonical chain
 * @param data its data prepared for showing
 */
public record BlockDetails(StoredBlock stored, boolean canonical, Optional<String> nextHash, long confirmations,
        BlockData data) {
}
