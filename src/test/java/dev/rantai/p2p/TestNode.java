package dev.rantai.p2p;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockRules;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.Genesis;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.SideBranchPolicy;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;
import dev.rantai.metrics.ChainMetrics;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerView;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;

/**
 * A complete node in the test's JVM: its own Vert.x, SQLite store, chain and P2P service on a
 * free loopback port. What a Quarkus node wires with CDI, assembled by hand.
 */
public final class TestNode implements AutoCloseable {

    final Path dir;
    final Vertx vertx;
    final SqliteChainStore store;
    final ChainService chain;
    public final P2pNode p2p;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private TestNode(Path dir, ChainParams params, P2pConfig config, P2pSecurity security,
            SideBranchPolicy sideBranches) {
        this.dir = dir;
        this.vertx = Vertx.vertx();
        this.store = SqliteFiles.openStandalone(dir, SyncMode.OFF);
        this.chain = new ChainService(store, new BlockRules(params, Genesis.create(params)), new ProofOfWork(1),
                System::currentTimeMillis, 100_000, sideBranches);
        chain.start();
        // The chain's meters too, as a Quarkus node has them: one registry holds every meter of the node.
        chain.addListener(new ChainMetrics(registry, chain));
        try {
            this.p2p = new P2pNode(vertx, chain, config, security, NodeKey.loadOrCreate(dir), registry);
        } catch (RuntimeException e) {
            vertx.close();
            chain.close();
            store.close();
            throw e;
        }
        p2p.start().join();
    }

    /** A valid child of {@code parent} at {@code difficulty}, mined now, outside any node. */
    public static Block mineChild(Block parent, String data, int difficulty) {
        try (ProofOfWork pow = new ProofOfWork(1)) {
            return pow.mineChild(parent, data, System.currentTimeMillis(), difficulty, () -> false).orElseThrow();
        }
    }

    public static TestNode start(Path dir, int difficulty, P2pConfig config) {
        return start(dir, difficulty, config, P2pSecurity.none());
    }

    /** A node with a shared secret or TLS. */
    public static TestNode start(Path dir, int difficulty, P2pConfig config, P2pSecurity security) {
        return new TestNode(dir, ChainParams.defaults(difficulty), config, security, SideBranchPolicy.defaults());
    }

    /** A node with its own bounds on side branches. */
    public static TestNode start(Path dir, int difficulty, P2pConfig config, SideBranchPolicy sideBranches) {
        return new TestNode(dir, ChainParams.defaults(difficulty), config, P2pSecurity.none(), sideBranches);
    }

    /** A node with chain parameters of its own (a data limit, say). */
    public static TestNode start(Path dir, ChainParams params, P2pConfig config) {
        return new TestNode(dir, params, config, P2pSecurity.none(), SideBranchPolicy.defaults());
    }

    public static TestNode start(Path dir, int difficulty, PeerAddress... peers) {
        return start(dir, difficulty, P2pConfig.loopback(List.of(peers)));
    }

    public PeerAddress address() {
        return new PeerAddress("127.0.0.1", p2p.port());
    }

    public long height() {
        return chain.tip().height();
    }

    public String tipHash() {
        return chain.tip().hash();
    }

    public Block mine(String data) {
        return chain.submit(data).join();
    }

    public List<Block> mine(String prefix, int count) {
        var futures = new ArrayList<java.util.concurrent.CompletableFuture<Block>>();
        for (int i = 0; i < count; i++) {
            futures.add(chain.submit(prefix + i));
        }
        return futures.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /** The data of every canonical block after the genesis, oldest first. */
    List<String> canonicalData() {
        List<String> data = new ArrayList<>();
        for (StoredBlock b : store.canonicalAscending(1, Integer.MAX_VALUE)) {
            data.add(b.block().data());
        }
        return data;
    }

    List<PeerView> peers() {
        return p2p.peers().join();
    }

    long connectedPeers() {
        return peers().stream().filter(v -> v.state() == dev.rantai.p2p.peer.PeerState.CONNECTED).count();
    }

    double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private boolean closed;

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        p2p.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Vert.x did not close", e);
        }
        chain.close();
        store.close();
    }
}
