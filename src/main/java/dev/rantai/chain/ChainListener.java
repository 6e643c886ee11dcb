package dev.rantai.chain;

/**
 * Told about committed changes, on the chain writer's thread: implementations return quickly
 * and hand anything slow to their own threads.
 */
public interface ChainListener {
    void onTipChanged(TipChange change);

    /** A block was mined here; {@code nanos} is the time its proof of work took. */
    default void onBlockMined(Block block, long nanos) {
    }
}
