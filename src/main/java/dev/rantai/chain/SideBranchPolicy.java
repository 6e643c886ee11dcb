package dev.rantai.chain;

import java.nio.charset.StandardCharsets;

/**
 * What an unproven branch may cost this node. A branch that forks more than
 * {@code maxReorgDepth} blocks below the tip is never taken: its blocks are refused
 * ({@link AcceptResult.Outcome#SIDE_BRANCH_REFUSED}) and side blocks that fall that far behind
 * are deleted. The side blocks kept (received blocks that are not canonical, and peers' blocks a
 * reorg dropped) take at most about {@code budgetBytes} of the store: past it, the oldest are
 * deleted after each transaction. Blocks mined here are never deleted.
 *
 * @param maxReorgDepth blocks, at least 1 ({@code rantai.chain.max-reorg-depth})
 * @param budgetBytes bytes, at least 0 ({@code rantai.chain.side-branch-budget})
 */
public record SideBranchPolicy(int maxReorgDepth, long budgetBytes) {
    /** What a block's fixed fields and index entries take in the store, about, besides its data. */
    public static final int FIXED_BYTES = 256;

    public SideBranchPolicy {
        if (maxReorgDepth < 1) {
            throw new IllegalArgumentException("the maximum reorg depth must be at least 1 block, was " + maxReorgDepth);
        }
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("the side-branch budget must not be negative, was " + budgetBytes);
        }
    }

    /** 10,000 blocks deep, 32 MiB of side blocks. */
    public static SideBranchPolicy defaults() {
        return new SideBranchPolicy(10_000, 32L << 20);
    }

    /** What a block takes in the store, about: its data in UTF-8 bytes and the fixed part. */
    static long storedBytes(Block block) {
        return block.data().getBytes(StandardCharsets.UTF_8).length + FIXED_BYTES;
    }
}
