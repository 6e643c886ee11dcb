package dev.rantai.chain;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;

/** A complete chain on its own SQLite file, outside Quarkus; records every tip change it publishes. */
final class TestNode implements AutoCloseable {
    static final int DIFFICULTY = 8;
    static final ChainParams PARAMS = ChainParams.defaults(DIFFICULTY);
    static final BlockRules RULES = new BlockRules(PARAMS, Genesis.create(PARAMS));

    final Path dir;
    final ChainStore store;
    final ChainService chain;
    final List<TipChange> changes = new CopyOnWriteArrayList<>();

    private TestNode(Path dir, ChainStore store, ChainService chain) {
        this.dir = dir;
        this.store = store;
        this.chain = chain;
    }

    static TestNode start(Path dir) {
        return start(dir, RULES, 1, System::currentTimeMillis, 10_000);
    }

    static TestNode start(Path dir, BlockRules rules, int threads, LongSupplier clock, int maxQueued) {
        return startOn(dir, SqliteFiles.openStandalone(dir, SyncMode.NORMAL), rules, threads, clock, maxQueued);
    }

    /** Starts a chain built by the test (with a policy of its own, say); closes its store if start fails. */
    static TestNode startWith(Path dir, ChainService chain) {
        TestNode node = new TestNode(dir, chain.store(), chain);
        chain.addListener(node.changes::add, Runnable::run);
        try {
            chain.start();
        } catch (RuntimeException e) {
            chain.close();
            chain.store().close();
            throw e;
        }
        return node;
    }

    /** Starts a chain on a given store (for example one that counts its reads); closes the store if start fails. */
    static TestNode startOn(Path dir, ChainStore store, BlockRules rules, int threads, LongSupplier clock,
            int maxQueued) {
        return startWith(dir, new ChainService(store, rules, new ProofOfWork(threads), clock, maxQueued));
    }

    /** Mines data as local blocks and returns them in order. */
    List<Block> mine(String... data) {
        return java.util.Arrays.stream(data).map(this::mineOne).toList();
    }

    Block mineOne(String data) {
        try {
            return chain.submit(data).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("mining " + data + " failed", e);
        }
    }

    List<AcceptResult.Outcome> feed(List<Block> blocks) {
        return chain.acceptAll(blocks, BlockSource.PEER).join().stream().map(AcceptResult::outcome).toList();
    }

    /** The data of the canonical chain above the genesis, oldest first. */
    List<String> canonicalData() {
        return store.canonicalAscending(1, Integer.MAX_VALUE).stream().map(b -> b.block().data()).toList();
    }

    List<Long> canonicalHeights() {
        return store.canonicalAscending(0, Integer.MAX_VALUE).stream().map(StoredBlock::height).toList();
    }

    @Override
    public void close() {
        chain.close();
        store.close();
    }
}
