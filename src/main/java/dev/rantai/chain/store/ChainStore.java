package dev.rantai.chain.store;

import java.util.List;
import java.util.Optional;

/**
 * Where the chain lives. Reads may come from any thread; writes go through one {@link Updater}
 * at a time, on the chain's writer thread, and become visible together on {@link Updater#commit()}.
 */
public interface ChainStore extends ChainReader, AutoCloseable {

    /** Opens the single write transaction. Only the chain writer calls this. */
    Updater updater();

    Optional<String> meta(String key);

    List<PendingData> pendingData();

    /** What the side blocks take, in bytes as {@link Updater#markSide} counted them. */
    long sideBytes();

    /**
     * Blocks whose hash starts with {@code prefix} (lowercase hex), in hash order, at most {@code limit}.
     * A store without a hash index may not support it.
     */
    default List<StoredBlock> byHashPrefix(String prefix, int limit) {
        throw new UnsupportedOperationException("this store cannot search by hash prefix");
    }

    /** Where the store lives, for messages and health data. */
    String location();

    @Override
    void close();

    /** One transaction. Reads through it see its own uncommitted writes. Closing without commit rolls back. */
    interface Updater extends ChainReader, AutoCloseable {
        void insert(StoredBlock block);

        void setCanonical(long height, String hash);

        /** Removes canonical entries above a height, as the first step of a reorg. */
        void truncateCanonicalAbove(long height);

        /**
         * Queues the data of a dropped block to be mined again.
         *
         * @param origin the block that first carried the data ({@link #originOf}); at most one row per origin
         * @param droppedHash the block whose drop queued it (the origin or one of its copies)
         * @return the row's id, or -1 if the origin's data is pending already
         */
        long addPending(String data, dev.rantai.chain.BlockSource source, String origin, String droppedHash);

        /** @return whether the row was there to remove */
        boolean removePending(long id);

        /** Removes the pending data of an origin, if any; returns the ids removed (none or one). */
        List<Long> removePendingOf(String origin);

        /** Records that {@code hash} carries the data of {@code origin} again (a re-mined copy). */
        void recordCopy(String hash, String origin);

        /** The block that first carried this block's data: the block itself unless it is a re-mined copy. */
        String originOf(String hash);

        /** The re-mined copies of an origin's data, in the order they were mined. */
        List<String> copiesOf(String origin);

        void putMeta(String key, String value);

        /**
         * Lists a stored block that is not canonical and was not mined here as a side block: one the
         * side-branch policy may delete. {@code bytes} is what it takes in the store, about.
         */
        void markSide(String hash, long height, long bytes);

        /** The block became canonical: no longer a side block. */
        void unmarkSide(String hash);

        /** The sequence number the next side block gets: side blocks listed from here on are newer. */
        long nextSideSeq();

        /** Deletes the side blocks at or below a height; returns the bytes they took. */
        long deleteSideAtOrBelow(long height);

        /**
         * Deletes side blocks, oldest first and only those listed before {@code beforeSeq}, until at
         * least {@code bytes} are freed or none is left; returns the bytes freed.
         */
        long deleteOldestSide(long bytes, long beforeSeq);

        void commit();

        @Override
        void close();
    }
}
