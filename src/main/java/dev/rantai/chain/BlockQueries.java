package dev.rantai.chain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.StoredBlock;

/**
 * Reads of stored blocks for the edges (API, dashboard): keyed lookups and range reads only, so
 * each costs the same at any height. Blocking: call off the event loop.
 */
public final class BlockQueries {
    /** The shortest hash prefix searched: fewer digits match too many blocks to be a useful search. */
    public static final int MIN_PREFIX = 6;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");

    private final ChainStore store;

    BlockQueries(ChainStore store) {
        this.store = store;
    }

    /** Any stored block (side branches too) by its hash, 64 lowercase hex digits. */
    public Optional<StoredBlock> byHash(String hash) {
        return store.byHash(hash);
    }

    /** The canonical block at a height. */
    public Optional<StoredBlock> canonicalAt(long height) {
        return store.canonicalAt(height);
    }

    /** Canonical blocks below {@code beforeHeight} (exclusive), newest first, at most {@code limit}. */
    public List<StoredBlock> canonicalBefore(long beforeHeight, int limit) {
        return store.canonicalDescending(beforeHeight, limit);
    }

    /** Canonical blocks from {@code fromHeight} (inclusive) up, oldest first, at most {@code limit}. */
    public List<StoredBlock> canonicalFrom(long fromHeight, int limit) {
        return store.canonicalAscending(fromHeight, limit);
    }

    public boolean isCanonical(StoredBlock block) {
        return store.isCanonical(block);
    }

    /**
     * Stored blocks whose hash starts with {@code prefix} (at least {@value #MIN_PREFIX} hex digits,
     * any case), in hash order, at most {@code limit}: one range read of the hash index.
     *
     * @throws IllegalArgumentException for fewer than {@value #MIN_PREFIX} digits or a character that is not hex
     */
    public List<StoredBlock> byHashPrefix(String prefix, int limit) {
        String p = prefix.toLowerCase(Locale.ROOT);
        if (p.length() < MIN_PREFIX || !HEX.matcher(p).matches()) {
            throw new IllegalArgumentException("a hash prefix is " + MIN_PREFIX + " to 64 hex digits");
        }
        return store.byHashPrefix(p, limit);
    }
}
