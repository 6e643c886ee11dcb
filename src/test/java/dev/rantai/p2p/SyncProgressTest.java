package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.bench.Mining;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockRules;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.Genesis;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.SideBranchPolicy;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.sync.FutureBlocks;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.WireLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * When sync asks a peer, step by step: the node's event loop is one the test drives (its tasks run
 * when the test says, its clock is simulated), the chain is real, the peer is the test writing the
 * answers. A node must not be left behind a peer that has more because a reason to ask came at the
 * wrong moment, because blocks reached it by another way while an answer was on its way, or because
 * a rest as a sync source ended.
 */
class SyncProgressTest {
    private static final ChainParams PARAMS = ChainParams.defaults(8);
    private static final int MAX_ROUNDS = BlockSync.MAX_FRUITLESS + 2;
    private static final MessageCodec CODEC = new MessageCodec(new WireLimits(1 << 20, PARAMS.maxDataBytes()));

    /** An event loop on simulated time whose tasks wait until the test runs them. */
    static final class SteppedLoop extends FlappingPeerBackoffTest.SimulatedLoop {
        private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        /** Runs the tasks waiting, and those they add; returns how many ran. */
        synchronized int runPending() {
            int ran = 0;
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
                ran++;
            }
            return ran;
        }

        void advanceBy(long millis) {
            advanceTo(now() + millis);
        }

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }
    }

    /** The peer's end: what the node writes to it, as lines. */
    static class RecordingConnection extends FlappingPeerBackoffTest.NoConnection {
        final List<String> written = Collections.synchronizedList(new ArrayList<>());

        List<String> getBlocks() {
            synchronized (written) {
                return written.stream().filter(l -> l.contains("\"type\":\"get_blocks\"")).toList();
            }
        }

        @Override
        public void write(byte[] bytes) {
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                written.add(line);
            }
        }
    }

    @TempDir
    Path dir;

    private SqliteChainStore store;
    private ChainService chain;
    private final SteppedLoop loop = new SteppedLoop();
    private final RecordingConnection peerEnd = new RecordingConnection();
    private final List<String> misbehaviour = Collections.synchronizedList(new ArrayList<>());
    private Session peer;
    private BlockSync sync;

    @BeforeEach
    void start() {
        store = SqliteFiles.openStandalone(dir, SyncMode.OFF);
        chain = new ChainService(store, new BlockRules(PARAMS, Genesis.create(PARAMS)), new ProofOfWork(1),
                System::currentTimeMillis, 100_000, SideBranchPolicy.defaults());
        chain.start();
        P2pMetrics metrics = new P2pMetrics(new SimpleMeterRegistry());
        peer = new Session(peerEnd, Direction.OUTBOUND, Optional.empty(), CODEC, metrics, loop::now);
        sync = new BlockSync(loop, chain, CODEC, (s, why, detail) -> misbehaviour.add(why + ": " + detail),
                loop::now, new FutureBlocks(), () -> List.of(peer));
    }

    @AfterEach
    void stop() {
        chain.close();
        store.close();
    }

    /** The peer's hello: its chain's work as claimed, zero for one no better than this node's. */
    private void handshake(BigInteger work) {
        NodeKey key = NodeKey.generate();
        peer.handshaken(new Hello(2, "00".repeat(32), key.nodeId(), key.publicKeyHex(), "11".repeat(32), 3001, 0,
                "00".repeat(32), work, "peer"));
    }

    private List<Block> chainOf(int count) {
        List<Block> blocks = new ArrayList<>();
        Block parent = chain.rules().genesis();
        for (int i = 0; i < count; i++) {
            parent = Mining.mine(parent, "block " + i, PARAMS.difficulty());
            blocks.add(parent);
        }
        return blocks;
    }

    /** A second get_blocks goes out (the loop running what the chain hands back), its locator starting at {@code from}. */
    private void assertAskedAgainFrom(Block from, String why) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            loop.runPending();
            return peerEnd.getBlocks().size() == 2;
        });
        assertThat(peerEnd.getBlocks().get(1)).as(why).contains("\"locator\":[\"" + from.hash() + "\"");
    }

    /** Hands the answer to sync, and runs on the loop what the chain hands back once it is stored. */
    private void answer(List<Block> blocks) {
        sync.onBlocks(peer, new Blocks(blocks));
        await().atMost(Duration.ofSeconds(10)).until(() -> loop.runPending() > 0);
    }

    @Test
    void aReasonToAskThatComesWhileAnAnswerIsBeingStoredIsActedOnOnceItIsStored() {
        handshake(BigInteger.ZERO);
        List<Block> blocks = chainOf(5);
        sync.request(peer);
        assertThat(peerEnd.getBlocks()).hasSize(1);
        sync.onBlocks(peer, new Blocks(blocks));
        // an orphan announced while the answer is being stored: a locator built now would not show it yet
        sync.request(peer);
        assertThat(peerEnd.getBlocks()).as("no second request while the answer is stored").hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().height() == 5);
        assertAskedAgainFrom(blocks.get(4), "asked from the blocks just stored");
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void blocksThatCameByAnotherWayWhileTheAnswerWasOnItsWayAreNoFruitlessAnswer() {
        handshake(BigInteger.ZERO);
        List<Block> blocks = chainOf(MAX_ROUNDS);
        sync.request(peer);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            assertThat(peerEnd.getBlocks()).hasSize(round + 1);
            // the block the answer brings reaches the node by an announcement before the answer is stored
            chain.acceptAll(blocks.subList(round, round + 1), BlockSource.PEER).join();
            answer(blocks.subList(round, round + 1));
            // it was news when the node asked: asked again, as after any answer that brought something
            assertThat(peerEnd.getBlocks()).as("asked again after answer %d", round + 1).hasSize(round + 2);
            assertThat(peerEnd.getBlocks().get(round + 1)).contains("\"locator\":[\"" + blocks.get(round).hash() + "\"");
        }
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void theSameBlocksAgainAreFruitlessAndAPeerThatKeepsSendingThemRests() {
        handshake(BigInteger.ZERO);
        List<Block> blocks = chainOf(3);
        chain.acceptAll(blocks, BlockSource.PEER).join();
        for (int round = 0; round < BlockSync.MAX_FRUITLESS; round++) {
            sync.request(peer);
            assertThat(peerEnd.getBlocks()).hasSize(round + 1);
            answer(blocks);
            assertThat(peerEnd.getBlocks()).as("not asked again after fruitless answer %d", round + 1)
                    .hasSize(round + 1);
        }
        sync.request(peer);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("resting").hasSize(BlockSync.MAX_FRUITLESS);
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void aPeerWithMoreIsAskedAgainAfterFruitlessAnswersAndOnceItsRestIsOver() {
        // It claims a better chain and answers with nothing, as a peer does whose better chain is not
        // one this node can take yet.
        handshake(BigInteger.TWO.pow(40));
        sync.onHandshake(peer);
        for (int round = 1; round <= BlockSync.MAX_FRUITLESS; round++) {
            assertThat(peerEnd.getBlocks()).as("request %d", round).hasSize(round);
            sync.onBlocks(peer, new Blocks(List.of()));
            loop.advanceBy(1_000);
            sync.tick(peer, 30_000);
        }
        assertThat(peerEnd.getBlocks()).as("resting after fruitless answers").hasSize(BlockSync.MAX_FRUITLESS);
        loop.advanceBy(BlockSync.STALL_COOLDOWN_MILLIS - 10_000);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("still resting").hasSize(BlockSync.MAX_FRUITLESS);
        loop.advanceBy(10_000);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("asked again once the rest is over").hasSize(BlockSync.MAX_FRUITLESS + 1);
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void anOrphanAnnouncedDuringARestIsAskedForOnceTheRestIsOver() {
        handshake(BigInteger.ZERO);
        List<Block> blocks = chainOf(2);
        chain.acceptAll(blocks, BlockSource.PEER).join();
        for (int round = 0; round < BlockSync.MAX_FRUITLESS; round++) {
            sync.request(peer);
            answer(blocks);
        }
        // the peer mines on and announces; the node cannot connect it, and the peer rests
        sync.request(peer);
        assertThat(peerEnd.getBlocks()).hasSize(BlockSync.MAX_FRUITLESS);
        loop.advanceBy(BlockSync.STALL_COOLDOWN_MILLIS);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("asked once the rest is over").hasSize(BlockSync.MAX_FRUITLESS + 1);
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void emptyAnswersAreFruitlessAlsoFromAPeerThatNeverClaimedMore() {
        // a peer that announces an orphan again and again and answers each get_blocks it starts with nothing
        handshake(BigInteger.ZERO);
        for (int round = 1; round <= BlockSync.MAX_FRUITLESS; round++) {
            peer.claimsHeight(chain.tip().height() + 2); // the orphan it announced
            sync.request(peer);
            assertThat(peerEnd.getBlocks()).hasSize(round);
            sync.onBlocks(peer, new Blocks(List.of()));
        }
        sync.request(peer);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("resting").hasSize(BlockSync.MAX_FRUITLESS);
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * The peer is on a branch whose first 113 blocks this node has already as side blocks (from another
     * peer), and answers the chain's locator with them: nothing new. Its next request starts from the
     * last of them, so the peer goes on with the branch; asking again from the chain's tip would bring
     * the same 113 blocks until the peer rests.
     */
    @Test
    void anAnswerOfSideBlocksThisNodeHasIsFollowedByARequestFromItsLastBlock() {
        List<Block> canonical = chainOf(120);
        chain.acceptAll(canonical, BlockSource.PEER).join();
        List<Block> branch = new ArrayList<>();
        Block parent = chain.rules().genesis();
        for (int i = 0; i < 113; i++) {
            parent = Mining.mine(parent, "branch " + i, PARAMS.difficulty());
            branch.add(parent);
        }
        chain.acceptAll(branch, BlockSource.PEER).join();
        assertThat(chain.tip().hash()).isEqualTo(canonical.get(119).hash());
        handshake(BigInteger.ZERO);
        peer.claimsHeight(200);
        sync.request(peer);
        assertThat(peerEnd.getBlocks()).hasSize(1);
        answer(branch);
        assertAskedAgainFrom(branch.get(112), "the locator starts at the branch's last block");
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * In a mesh the blocks a peer announces often reach this node from another peer first: the peer's
     * orphan starts a request, the tip reaches the orphan's height by another way, and the peer rightly
     * answers nothing. Such empty answers are no fault of the peer, and it does not rest for them.
     */
    @Test
    void emptyAnswersAfterTheTipCaughtUpByAnotherWayAreNotFruitless() {
        handshake(BigInteger.ZERO);
        List<Block> blocks = chainOf(BlockSync.MAX_FRUITLESS + 1);
        for (int round = 1; round <= BlockSync.MAX_FRUITLESS + 1; round++) {
            peer.claimsHeight(round); // it announced block `round`, an orphan here
            sync.request(peer);
            assertThat(peerEnd.getBlocks()).hasSize(round);
            chain.accept(blocks.get(round - 1), BlockSource.PEER).join(); // from another peer
            sync.onBlocks(peer, new Blocks(List.of()));
        }
        assertThat(peerEnd.getBlocks()).as("asked each time, never resting").hasSize(BlockSync.MAX_FRUITLESS + 1);
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void aLateAnswerAndTheAnswerToTheRequestThatFollowedItAreBothTaken() {
        handshake(BigInteger.TWO.pow(40));
        List<Block> blocks = chainOf(5);
        sync.onHandshake(peer);
        loop.advanceBy(30_001);
        sync.tick(peer, 30_000);
        assertThat(peerEnd.getBlocks()).as("asked again after the timeout").hasSize(2);
        // the answer to the first request comes late, right before the answer to the second
        sync.onBlocks(peer, new Blocks(blocks));
        sync.onBlocks(peer, new Blocks(blocks));
        await().atMost(Duration.ofSeconds(10)).until(() -> loop.runPending() > 0 && chain.tip().height() == 5);
        assertThat(misbehaviour).as("an honest peer that answered late").isEmpty();
    }

    @Test
    void aRequestThatIsNeverAnsweredIsAskedAgainAfterItsTimeoutUntilThePeerRests() {
        handshake(BigInteger.TWO.pow(40));
        sync.onHandshake(peer);
        for (int round = 1; round <= BlockSync.MAX_FRUITLESS; round++) {
            assertThat(peerEnd.getBlocks()).hasSize(round);
            loop.advanceBy(30_001);
            sync.tick(peer, 30_000);
        }
        assertThat(peerEnd.getBlocks()).as("resting after three timeouts").hasSize(BlockSync.MAX_FRUITLESS);
    }
}
