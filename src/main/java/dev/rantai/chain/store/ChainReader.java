package dev.rantai.chain.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.rantai.chain.Block;

/** Read access to the chain, either committed state or, inside an {@link ChainStore.Updater}, its own writes. */
public interface ChainReader {
    Optional<StoredBlock> byHash(String hash);

    boolean contains(String hash);

    /** The canonical block at a height. */
    Optional<StoredBlock> canonicalAt(long height);

    /** The highest canonical block, empty only for a store that has no genesis yet. */
    Optional<StoredBlock> canonicalTip();

    /** Canonical blocks with {@code fromHeight <= height}, ascending, at most {@code limit}. */
    List<StoredBlock> canonicalAscending(long fromHeight, int limit);

    /**
     * The blocks of {@link #canonicalAscending}, without what the store knows of them: what a sync
     * answer sends, read with fewer columns and objects.
     */
    default List<Block> canonicalBlocks(long fromHeight, int limit) {
        return canonicalAscending(fromHeight, limit).stream().map(StoredBlock::block).toList();
    }

    /** Canonical blocks with {@code height < beforeHeight}, newest first, at most {@code limit}. */
    List<StoredBlock> canonicalDescending(long beforeHeight, int limit);

    /**
     * Runs several reads that must agree with each other (a sync answer, a locator): all of them see
     * one committed state of the chain, even if the writer commits a reorg while they run. Inside an
     * {@link ChainStore.Updater} the transaction already is that state.
     */
    default <T> T snapshot(Function<ChainReader, T> reads) {
        return reads.apply(this);
    }

    /** Whether a block lies on the canonical chain. */
    default boolean isCanonical(StoredBlock block) {
        return canonicalAt(block.height()).map(b -> b.hash().equals(block.hash())).orElse(false);
    }
}
