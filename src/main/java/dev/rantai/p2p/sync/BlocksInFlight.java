package dev.rantai.p2p.sync;

/**
 * Blocks passed to the chain and not yet settled (stored, or refused), from announcements and sync
 * answers alike, and the highest height among them as their peers claim it: a peer's blocks come
 * faster than the chain's writer stores them, and a block whose parent waits in the writer's queue
 * is no orphan. Confined to the node's event loop.
 */
public final class BlocksInFlight {
    private int batches;
    private long highest = -1;

    /** A block, or a batch whose last block is at {@code highestIndex}, handed to the chain. */
    public void add(long highestIndex) {
        batches++;
        highest = Math.max(highest, highestIndex);
    }

    /** One of those handed over is settled. */
    public void settled() {
        if (--batches == 0) {
            highest = -1;
        }
    }

    /** The highest height on its way to the chain, or -1 if nothing is. */
    public long highest() {
        return highest;
    }
}
