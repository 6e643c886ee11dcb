package dev.rantai.chain;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.rantai.chain.store.ChainReader;
import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.StoredBlock;

/**
 * A store that counts the blocks read outside the writer's transactions, and can make the write
 * transaction fail when it stores one chosen block (as a full disk would).
 */
final class InstrumentedStore implements ChainStore {
    private final ChainStore store;
    final AtomicLong blocksRead = new AtomicLong();
    final AtomicLong commits = new AtomicLong();
    private volatile String failOnInsertOf = "";

    InstrumentedStore(ChainStore store) {
        this.store = store;
    }

    void failWhenStoring(String hash) {
        failOnInsertOf = hash;
    }

    private <T> Optional<T> counted(Optional<T> block) {
        block.ifPresent(b -> blocksRead.incrementAndGet());
        return block;
    }

    private <T> List<T> counted(List<T> blocks) {
        blocksRead.addAndGet(blocks.size());
        return blocks;
    }

    @Override
    public Optional<StoredBlock> byHash(String hash) {
        return counted(store.byHash(hash));
    }

    @Override
    public boolean contains(String hash) {
        return store.contains(hash);
    }

    @Override
    public Optional<StoredBlock> canonicalAt(long height) {
        return counted(store.canonicalAt(height));
    }

    @Override
    public Optional<StoredBlock> canonicalTip() {
        return counted(store.canonicalTip());
    }

    @Override
    public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
        return counted(store.canonicalAscending(fromHeight, limit));
    }

    @Override
    public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
        return counted(store.canonicalDescending(beforeHeight, limit));
    }

    @Override
    public <T> T snapshot(Function<ChainReader, T> reads) {
        // counted like any other read; the tests that use this store commit nothing while they read
        return reads.apply(this);
    }

    @Override
    public Updater updater() {
        return new FailingUpdater(store.updater());
    }

    @Override
    public Optional<String> meta(String key) {
        return store.meta(key);
    }

    @Override
    public List<PendingData> pendingData() {
        return store.pendingData();
    }

    @Override
    public long sideBytes() {
        return store.sideBytes();
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public void close() {
        store.close();
    }

    private final class FailingUpdater implements Updater, ForwardingReader {
        private final Updater u;

        FailingUpdater(Updater u) {
            this.u = u;
        }

        @Override
        public ChainReader reader() {
            return u;
        }

        @Override
        public void insert(StoredBlock block) {
            if (block.hash().equals(failOnInsertOf)) {
                throw new StoreException("disk full (simulated) storing " + block.hash());
            }
            u.insert(block);
        }

        @Override
        public void setCanonical(long height, String hash) {
            u.setCanonical(height, hash);
        }

        @Override
        public void truncateCanonicalAbove(long height) {
            u.truncateCanonicalAbove(height);
        }

        @Override
        public long addPending(String data, BlockSource source, String origin, String droppedHash) {
            return u.addPending(data, source, origin, droppedHash);
        }

        @Override
        public boolean removePending(long id) {
            return u.removePending(id);
        }

        @Override
        public List<Long> removePendingOf(String origin) {
            return u.removePendingOf(origin);
        }

        @Override
        public void recordCopy(String hash, String origin) {
            u.recordCopy(hash, origin);
        }

        @Override
        public String originOf(String hash) {
            return u.originOf(hash);
        }

        @Override
        public List<String> copiesOf(String origin) {
            return u.copiesOf(origin);
        }

        @Override
        public void putMeta(String key, String value) {
            u.putMeta(key, value);
        }

        @Override
        public void markSide(String hash, long height, long bytes) {
            u.markSide(hash, height, bytes);
        }

        @Override
        public void unmarkSide(String hash) {
            u.unmarkSide(hash);
        }

        @Override
        public long nextSideSeq() {
            return u.nextSideSeq();
        }

        @Override
        public long deleteSideAtOrBelow(long height) {
            return u.deleteSideAtOrBelow(height);
        }

        @Override
        public long deleteOldestSide(long bytes, long beforeSeq) {
            return u.deleteOldestSide(bytes, beforeSeq);
        }

        @Override
        public void commit() {
            u.commit();
            commits.incrementAndGet();
        }

        @Override
        public void close() {
            u.close();
        }
    }
}
