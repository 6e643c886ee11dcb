package dev.rantai.chain;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.StoredBlock;
import java.util.List;
import java.util.Optional;

/** A store whose write transaction fails when it stores one chosen block, as a full disk would. */
final class FaultyStore implements ChainStore {
    private final ChainStore store;
    private volatile String failOnInsertOf = "";

    FaultyStore(ChainStore store) {
        this.store = store;
    }

    void failWhenStoring(String hash) {
        failOnInsertOf = hash;
    }

    @Override
    public Updater updater() {
        Updater u = store.updater();
        return new Updater() {
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
            public long addPending(String data, BlockSource source, String droppedHash) {
                return u.addPending(data, source, droppedHash);
            }

            @Override
            public boolean removePending(long id) {
                return u.removePending(id);
            }

            @Override
            public List<Long> removePendingFromBlock(String hash) {
                return u.removePendingFromBlock(hash);
            }

            @Override
            public void putMeta(String key, String value) {
                u.putMeta(key, value);
            }

            @Override
            public void commit() {
                u.commit();
            }

            @Override
            public void close() {
                u.close();
            }

            @Override
            public Optional<StoredBlock> byHash(String hash) {
                return u.byHash(hash);
            }

            @Override
            public boolean contains(String hash) {
                return u.contains(hash);
            }

            @Override
            public Optional<StoredBlock> canonicalAt(long height) {
                return u.canonicalAt(height);
            }

            @Override
            public Optional<StoredBlock> canonicalTip() {
                return u.canonicalTip();
            }

            @Override
            public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
                return u.canonicalAscending(fromHeight, limit);
            }

            @Override
            public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
                return u.canonicalDescending(beforeHeight, limit);
            }
        };
    }

    @Override
    public Optional<StoredBlock> byHash(String hash) {
        return store.byHash(hash);
    }

    @Override
    public boolean contains(String hash) {
        return store.contains(hash);
    }

    @Override
    public Optional<StoredBlock> canonicalAt(long height) {
        return store.canonicalAt(height);
    }

    @Override
    public Optional<StoredBlock> canonicalTip() {
        return store.canonicalTip();
    }

    @Override
    public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
        return store.canonicalAscending(fromHeight, limit);
    }

    @Override
    public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
        return store.canonicalDescending(beforeHeight, limit);
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
    public String location() {
        return store.location();
    }

    @Override
    public void close() {
        store.close();
    }
}
