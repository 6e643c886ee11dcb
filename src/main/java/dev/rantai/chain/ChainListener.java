package dev.rantai.chain;

/**
 * Told about committed changes, in commit order, through the executor it was registered with
 * ({@link ChainService#addListener(ChainListener, java.util.concurrent.Executor)}; by default the
 * chain's own event thread). It never runs under a lock, and a slow listener never holds up the
 * chain; one registered to run on the writer itself must return at once.
 */
public interface ChainListener {
    void onTipChanged(TipChange change);

    /** A block was mined here, before it is committed; {@code nanos} is the time its proof of work took. */
    default void onBlockMined(Block block, long nanos) {
    }
}
