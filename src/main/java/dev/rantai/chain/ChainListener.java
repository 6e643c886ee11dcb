package dev.rantai.chain;

/**
 * Told about committed changes, in commit order, by the writer that made them (the chain writer
 * thread or the miner) while it still holds the write lock: implementations return quickly and
 * hand anything slow to their own threads.
 */
public interface ChainListener {
    void onTipChanged(TipChange change);

    /** A block was mined here; {@code nanos} is the time its proof of work took. */
    default void onBlockMined(Block block, long nanos) {
    }
}
