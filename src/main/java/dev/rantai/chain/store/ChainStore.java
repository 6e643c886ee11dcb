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

        void commit();

        @Override
        void close();
    }
}
