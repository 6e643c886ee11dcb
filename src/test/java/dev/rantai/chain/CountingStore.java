package dev.rantai.chain;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoredBlock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A store that counts the blocks read through it outside the writer's transactions. */
final class CountingStore implements ChainStore {
    private final ChainStore store;
    final AtomicLong blocksRead = new AtomicLong();

    CountingStore(ChainStore store) {
        this.store = store;
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
    public Updater updater() {
        return store.updater();
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
