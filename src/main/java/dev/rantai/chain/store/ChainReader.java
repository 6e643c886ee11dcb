package dev.rantai.chain.store;

import java.util.List;
import java.util.Optional;

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

    /** Canonical blocks with {@code height < beforeHeight}, newest first, at most {@code limit}. */
    List<StoredBlock> canonicalDescending(long beforeHeight, int limit);

    /** Whether a block lies on the canonical chain. */
    default boolean isCanonical(StoredBlock block) {
        return canonicalAt(block.height()).map(b -> b.hash().equals(block.hash())).orElse(false);
    }
}
