package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

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
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.book.BookPolicy;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.sync.FutureBlocks;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.WireException;
import dev.rantai.p2p.wire.WireLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A peer is announced blocks it can take on their parents; one that missed blocks (its send queue was
 * full) is sent the newest block once, which it cannot connect, and nothing more it cannot connect
 * while it fetches the rest (protocol.md, Relay). Before, every block after the gap went to it, each
 * an orphan there: a follower of a miner that commits in bursts took hundreds, beyond what it lets a
 * peer send, and cut off the miner it followed. Nor is a peer sent blocks that would lose there: none
 * below a block it announced, and a long reorg as its tip alone; and a peer relaying a branch that
 * races this node's pays nothing for the blocks of it that lose here, and is shown the tip. A block
 * too new to take waits once: sent again it is a repeat, not new work for the chain. The node's loop
 * and clock are the test's (the clock stands still, so no budget refills); the chain is real.
 */
class UnconnectedAnnouncementTest {
    private static final ChainParams PARAMS = ChainParams.defaults(8);
    private static final MessageCodec CODEC = new MessageCodec(new WireLimits(1 << 20, PARAMS.maxDataBytes()));

    /** The peer's end: what the node writes to it, and whether its send queue is full. */
    static final class PeerEnd extends SyncProgressTest.RecordingConnection {
        volatile boolean full;
        private Runnable onDrain;

        @Override
        public boolean writeQueueFull() {
            return full;
        }

        @Override
        public void onDrain(Runnable handler) {
            onDrain = handler;
        }

        /** The queue drains: the node hears it as from Vert.x' drain handler. */
        void drain() {
            full = false;
            if (onDrain != null) {
                Runnable handler = onDrain;
                onDrain = null;
                handler.run();
            }
        }

        /** The heights of the blocks announced to the peer so far, in order. */
        List<Long> announced() {
            List<Long> heights = new ArrayList<>();
            synchronized (written) {
                for (String line : written) {
                    try {
                        if (CODEC.decode(line).orElse(null) instanceof BlockAnnounce a) {
                            heights.add(a.block().index());
                        }
                    } catch (WireException e) {
                        throw new AssertionError(line, e);
                    }
                }
            }
            return heights;
        }
    }

    @TempDir
    Path dir;

    private SqliteChainStore store;
    private ChainService chain;
    private final SyncProgressTest.SteppedLoop loop = new SyncProgressTest.SteppedLoop();
    private final PeerEnd peerEnd = new PeerEnd();
    private final List<String> misbehaviour = Collections.synchronizedList(new ArrayList<>());
    private Session peer;
    private final FutureBlocks future = new FutureBlocks();
    private BlockSync sync;
    private Gossip gossip;
    private Block parent;
    /** Data added to each block of this node's chain. */
    private String pad = "";

    @BeforeEach
    void start() {
        store = SqliteFiles.openStandalone(dir, SyncMode.OFF);
        chain = new ChainService(store, new BlockRules(PARAMS, Genesis.create(PARAMS)), new ProofOfWork(1),
                System::currentTimeMillis, 100_000, SideBranchPolicy.defaults());
        chain.start();
        P2pMetrics metrics = new P2pMetrics(new SimpleMeterRegistry());
        peer = new Session(peerEnd, Direction.OUTBOUND, Optional.empty(), CODEC, metrics, loop::now);
        Offender offender = (s, why, detail) -> misbehaviour.add(why + ": " + detail);
        sync = new BlockSync(loop, chain, CODEC, offender, loop::now, new FutureBlocks(), () -> List.of(peer));
        BookBridge book = new BookBridge(chain, null, new BookFormat(new ObjectMapper()), List.of(),
                new BookPolicy(BookInbound.OPEN, List.of()), metrics, loop::now);
        Throttle throttle = new Throttle(loop, loop::now, metrics, (s, reason, forHowLong) -> {
        });
        gossip = new Gossip(loop, chain, CODEC, () -> List.of(peer), sync, offender, metrics, book, throttle, future);
        chain.addListener(gossip, loop::execute);
        parent = chain.rules().genesis();
        NodeKey key = NodeKey.generate();
        peer.handshaken(new Hello(2, parent.hash(), key.nodeId(), key.publicKeyHex(), "11".repeat(32), 3001, 0,
                parent.hash(), BigInteger.ONE, "peer"));
        gossip.onHandshake(peer, parent.hash());
    }

    @AfterEach
    void stop() {
        chain.close();
        store.close();
    }

    /** The next block on this node's chain, as its tip change reaches the relay. */
    private void nextBlock() {
        parent = Mining.mine(parent, "block " + (parent.index() + 1) + pad, PARAMS.difficulty());
        chain.accept(parent, BlockSource.PEER).join();
        loop.runPending();
    }

    private void blocks(int count) {
        for (int i = 0; i < count; i++) {
            nextBlock();
        }
    }

    @Test
    void aPeerWhoseSendQueueFilledGetsTheBlocksItMissedInOrderOnceItDrains() {
        blocks(3);
        assertThat(peerEnd.announced()).as("each block on its parent").containsExactly(1L, 2L, 3L);
        peerEnd.full = true;
        blocks(5);
        assertThat(peerEnd.announced()).as("nothing while its send queue is full").hasSize(3);
        peerEnd.drain();
        blocks(2);
        assertThat(peerEnd.announced()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(misbehaviour).isEmpty();
    }

    @Test
    void aPeerThatMissedMoreThanIsHeldIsSentTheNewestOnceAndBlocksInOrderOnceItFetched() {
        blocks(1);
        peerEnd.full = true;
        int missed = Gossip.UNSENT_BLOCKS + 5;
        blocks(missed);
        peerEnd.drain();
        gossip.tick(peer); // the node's periodic look
        long newest = 1 + missed;
        assertThat(peerEnd.announced()).as("the newest, which it cannot connect, once; not %d orphans", missed)
                .containsExactly(1L, newest);
        blocks(3);
        gossip.tick(peer);
        assertThat(peerEnd.announced()).as("nothing it cannot connect while it fetches").containsExactly(1L, newest);
        // it fetches what lies after its tip: the answer reaches this node's tip, and the next block connects
        sync.serve(peer, new GetBlocks(List.of(chain.rules().genesis().hash()), 500));
        loop.runPending();
        gossip.tick(peer);
        blocks(1);
        assertThat(peerEnd.announced()).containsExactly(1L, newest, newest + 4);
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * The peer had the blocks it missed after all (it got them from another peer while this node's
     * queue to it was full), so it took the newest on its parent and asked nothing. The blocks held back
     * while it was waited on reach it once the wait is over, without a next block: it cannot know this
     * node has more, and none of its peers tells it.
     */
    /**
     * Block 1 reaches the peer; then its send queue is full while more blocks than are held are mined,
     * and once it drains the newest goes to it, which it cannot connect. Returns that block's height.
     */
    private long missMoreThanIsHeld() {
        blocks(1);
        peerEnd.full = true;
        blocks(Gossip.UNSENT_BLOCKS + 1);
        peerEnd.drain();
        gossip.tick(peer); // the node's periodic look
        return Gossip.UNSENT_BLOCKS + 2;
    }

    @Test
    void aPeerThatHadTheParentAfterAllGetsTheBlocksHeldBackOnceTheWaitIsOver() {
        long newest = missMoreThanIsHeld();
        blocks(2);
        assertThat(peerEnd.announced()).containsExactly(1L, newest);
        loop.advanceBy(Gossip.FETCH_WAIT_MILLIS - 1);
        gossip.tick(peer);
        assertThat(peerEnd.announced()).containsExactly(1L, newest);
        loop.advanceBy(1);
        gossip.tick(peer);
        assertThat(peerEnd.announced()).as("the blocks held back, in order, once the wait is over")
                .containsExactly(1L, newest, newest + 1, newest + 2);
    }

    @Test
    void aPeerThatShowsItCaughtUpIsNoLongerWaitedOn() {
        long newest = missMoreThanIsHeld();
        blocks(1);
        assertThat(peerEnd.announced()).containsExactly(1L, newest);
        // a valid block of its own at that height or above shows it has what lies below
        peer.remoteHas(newest);
        blocks(1);
        assertThat(peerEnd.announced()).containsExactly(1L, newest, newest + 1, newest + 2);
    }

    @Test
    void aPeerThatFetchedWhileItsQueueWasFullIsNotSentWhatItFetched() {
        blocks(1);
        peerEnd.full = true;
        blocks(4);
        sync.serve(peer, new GetBlocks(List.of(chain.rules().genesis().hash()), 500));
        loop.runPending();
        peerEnd.drain();
        blocks(2);
        assertThat(peerEnd.announced()).as("blocks 2 to 5 came in its answer").containsExactly(1L, 6L, 7L);
    }

    /**
     * The node reorganised while the peer's send queue was full: the blocks held back for it that the
     * reorg disconnected are on no chain of this node's any more. At the peer (which follows the better
     * branch too) each would lose to its tip, and be charged to this node by its size; before the held
     * buffer, a congested peer was skipped and never got them.
     */
    @Test
    void blocksAReorgDisconnectedAreNotSentOnceTheQueueDrains() {
        Block fork = parent;
        peerEnd.full = true;
        String pad = "x".repeat(8_000);
        for (int i = 0; i < 40; i++) {
            parent = Mining.mine(parent, "old " + i + pad, PARAMS.difficulty());
            chain.accept(parent, BlockSource.PEER).join();
            loop.runPending();
        }
        long stale = 0;
        Block branch = fork;
        for (int i = 0; i < 41; i++) {
            branch = Mining.mine(branch, "new " + i, PARAMS.difficulty());
            chain.accept(branch, BlockSource.PEER).join();
            loop.runPending();
        }
        assertThat(chain.tip().hash()).isEqualTo(branch.hash());
        peerEnd.drain();
        loop.runPending();
        gossip.tick(peer);
        List<String> off = new ArrayList<>();
        synchronized (peerEnd.written) {
            for (String line : peerEnd.written) {
                try {
                    if (CODEC.decode(line).orElse(null) instanceof BlockAnnounce a && a.block().data().startsWith("old")) {
                        off.add(a.block().index() + "");
                        stale += a.block().data().length();
                    }
                } catch (WireException e) {
                    throw new AssertionError(line, e);
                }
            }
        }
        assertThat(off).as("blocks off this node's chain, %d KiB the peer charges", stale / 1024).isEmpty();
    }

    /** A block at {@code index} with data of {@code bytes}, a parent and a hash it only claims. */
    private static Block claimed(long index, String data) {
        return new Block(index, System.currentTimeMillis(), data, "ab".repeat(32), PARAMS.difficulty(), 0,
                "00" + "cd".repeat(31));
    }

    private void receive(Block block) {
        gossip.onBlock(peer, new BlockAnnounce(block), CODEC.line(new BlockAnnounce(block)).length);
        loop.runPending();
    }

    /**
     * Two miners at once: the peer relays the other branch, one block a height, as large as this node's
     * own, and the blocks at heights this node has lose here. In rising heights they are free as far as
     * this node's chain grew since the peer connected (at most {@value Gossip#RACE_CREDIT_KIB} KiB): here
     * 51 of 63 blocks of 20 KB, and the rest fit the budget, while all 63 would not. The peer, which was
     * never sent the tip, is shown it once. Many blocks at one height are no race, and are paid for.
     */
    @Test
    void aPeerRelayingARacingBranchPaysLittleForItsLosingBlocksAndIsShownTheTipOnce() {
        pad = "y".repeat(20_000);
        peerEnd.full = true;
        blocks(70);
        peerEnd.full = false;
        assertThat(peerEnd.announced()).as("nothing announced while its queue was full").isEmpty();
        String data = "z".repeat(20_000);
        for (long h = 70 - 63; h < 70; h++) {
            receive(claimed(h, "race " + h + data));
        }
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused for %d KiB of losing blocks", 63 * 20)
                .isFalse();
        assertThat(peerEnd.announced()).as("the tip, once").containsExactly(70L);
        for (int i = 0; i < 60; i++) {
            receive(claimed(69, "sibling " + i + data));
        }
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused for 60 blocks at one height").isTrue();
        assertThat(peerEnd.announced()).containsExactly(70L);
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * What a peer is let off for a race is what this node's own chain took, not what the peer sends:
     * 40 small blocks here (40 KiB), then 35 losing blocks of 60 KB in rising heights from the peer,
     * each beyond its credit: all are paid for, and it is paused.
     */
    @Test
    void losingBlocksAreFreeOnlyAsFarAsThisNodesChainGrew() {
        blocks(40);
        String data = "z".repeat(60_000);
        for (long h = 5; h < 40; h++) {
            receive(claimed(h, "behind " + h + data));
        }
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused for %d MiB of losing blocks", 35 * 60 / 1024)
                .isTrue();
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * The race credit is what this node's chain took as the chain counts it when the tip moves, not as
     * the tip change reaches the relay: here a sync answer of 60 blocks of 20 KB joins the chain, and the
     * peer's 59 losing blocks of 30 KB are read before that tip change runs on the loop (on a busy loop,
     * the lines of one read are). The credit, full at 1 MiB, lets off 34 of them and the budget takes
     * the rest. Before, the credit came with the tip change, after them, and all 59 were paid for.
     */
    @Test
    void losingBlocksReadBeforeTheTipChangeReachesTheRelayAreFreeAsFarAsTheChainGrew() {
        List<Block> answer = new ArrayList<>();
        Block p = parent;
        for (int i = 0; i < 60; i++) {
            p = Mining.mine(p, "answer " + (p.index() + 1) + "y".repeat(20_000), PARAMS.difficulty());
            answer.add(p);
        }
        chain.acceptAll(answer, BlockSource.PEER).join();
        String data = "z".repeat(30_000);
        for (long h = 1; h < 60; h++) {
            Block losing = claimed(h, "race " + h + data);
            gossip.onBlock(peer, new BlockAnnounce(losing), CODEC.line(new BlockAnnounce(losing)).length);
        }
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused for %d KiB of losing blocks", 59 * 30)
                .isFalse();
        loop.runPending();
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * An orphan is judged by the tip it came to, not by the tip when the chain refused it: the peer's
     * branch of 40 blocks of 30 KB, forked below this node's tip at 10, comes block by block; the first
     * is an orphan at the tip's next height, the others lie above it (each on one still on its way to
     * the chain), and by the time the chain refused them this node's chain has grown past them all. The
     * first starts a sync from the peer, whose free orphans take the rest but a few, as they would have
     * had the chain answered at once. Before, they were taken as losing blocks of a race at the tip then
     * far above them, and paid for: more than the budget holds.
     */
    @Test
    void orphansRefusedAfterTheTipMovedPastThemAreJudgedByTheTipTheyCameTo() {
        blocks(10);
        List<Block> ours = new ArrayList<>();
        for (Block b = parent; ours.size() < 50;) {
            b = Mining.mine(b, "ours " + (b.index() + 1), PARAMS.difficulty());
            ours.add(b);
        }
        Block theirs = Mining.mine(store.canonicalAt(9).orElseThrow().block(), "never sent", PARAMS.difficulty());
        String data = "z".repeat(30_000);
        for (int i = 0; i < 40; i++) {
            theirs = Mining.mine(theirs, "theirs " + i + data, PARAMS.difficulty());
            gossip.onBlock(peer, new BlockAnnounce(theirs), CODEC.line(new BlockAnnounce(theirs)).length);
        }
        // FIFO on the writer: once these are in, the chain has answered every one of the peer's
        chain.acceptAll(ours, BlockSource.PEER).join();
        assertThat(chain.tip().height()).isEqualTo(60);
        loop.runPending();
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused for %d KiB of orphans", 40 * 30).isFalse();
        assertThat(peerEnd.getBlocks()).as("a sync from the peer").isNotEmpty();
        assertThat(misbehaviour).isEmpty();
    }

    /** Runs the loop until the chain has answered every block handed to it. */
    private void settle() {
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> {
            loop.runPending();
            return sync.inFlight().highest() == -1;
        });
        loop.runPending();
    }

    /** A block of 60 KB at the tip's next height on a parent nobody has, timestamped an hour ahead. */
    private Block tooNew(String data) {
        Block nowhere = new Block(parent.index(), 0, "x", "ab".repeat(32), PARAMS.difficulty(), 0, "ef".repeat(32));
        return Mining.mine(nowhere, data + "z".repeat(60_000), PARAMS.difficulty(), System.currentTimeMillis() + 3_600_000);
    }

    private void send(Block block) {
        gossip.onBlock(peer, new BlockAnnounce(block), CODEC.line(new BlockAnnounce(block)).length);
    }

    /**
     * Sends the {@code i}th block, one after the other, until the peer is paused or {@code max} went; returns how many went.
     */
    private int sendUntilPaused(int max, IntFunction<Block> block) {
        int sends = 0;
        while (sends < max && !peer.isPaused(Session.PAUSED_BUDGET)) {
            send(block.apply(sends++));
            settle();
        }
        return sends;
    }

    /**
     * A block too new to take (an hour ahead, past the allowed drift) waits for its time, its sender
     * unpunished; sent again it is a repeat, paid for from the budget of repeats like any block the peer
     * announced before, and not offered to the chain again. Before, the node forgot its hash when the
     * chain refused it, so each copy was hashed, offered to the chain and held again, free: one proof of
     * work bought 31 MiB of that work in half a second, and the peer was never paused.
     */
    @Test
    void aBlockTooNewSentAgainIsARepeatNotNewWorkForTheChain() {
        blocks(5);
        Block block = tooNew("ahead");
        int sends = sendUntilPaused(1_500, i -> block);
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused within %d copies", sends).isTrue();
        assertThat(sends).as("the block, then copies until the budget of repeats ran out").isBetween(1_000, 1_010);
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * Too-new blocks past what is kept for one peer (8) are paid for like any block this node cannot use:
     * a peer sending many distinct ones, each mined once, is paused within its budget of unusable blocks.
     * Before, each was refused free, however many.
     */
    @Test
    void tooNewBlocksPastWhatIsKeptForOnePeerArePaidFor() {
        blocks(5);
        int sends = sendUntilPaused(100, i -> tooNew("ahead " + i));
        assertThat(peer.isPaused(Session.PAUSED_BUDGET)).as("paused within %d blocks of 60 KB", sends).isTrue();
        assertThat(sends).as("8 kept, then about 1 MiB of them paid for").isBetween(20, 30);
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * A waiting block pushed out to make room (64 wait at most, 8 of each peer) is forgotten as seen:
     * announced again, it is taken as new and waits again. Had its hash stayed seen, the node would
     * ignore it as a repeat whenever it came, and take it only by a sync.
     */
    @Test
    void aWaitingBlockPushedOutIsNewAgainWhenItIsAnnouncedAgain() {
        blocks(5);
        List<Session> others = new ArrayList<>();
        Block first = null;
        for (int p = 0; p < 9; p++) {
            Session other = new Session(new PeerEnd(), Direction.INBOUND, Optional.empty(), CODEC,
                    new P2pMetrics(new SimpleMeterRegistry()), loop::now);
            gossip.onHandshake(other, parent.hash());
            others.add(other);
            for (int i = 0; i < (p < 8 ? 8 : 1); i++) {
                Block b = tooNew("peer " + p + " block " + i);
                first = first == null ? b : first;
                gossip.onBlock(other, new BlockAnnounce(b), CODEC.line(new BlockAnnounce(b)).length);
                settle();
            }
        }
        assertThat(future.size()).isEqualTo(64);
        assertThat(future.holds(first.hash())).as("the oldest, pushed out").isFalse();
        gossip.onBlock(others.get(8), new BlockAnnounce(first), CODEC.line(new BlockAnnounce(first)).length);
        settle();
        assertThat(future.holds(first.hash())).as("announced again: waits again").isTrue();
        assertThat(misbehaviour).isEmpty();
    }

    /**
     * The peer announced a block at 50 (an orphan here, unchecked): blocks of this node's below that
     * would lose there, and are not sent, though it could take them on their parents.
     */
    @Test
    void aPeerIsNotSentBlocksBelowOneItAnnounced() {
        blocks(3);
        assertThat(peerEnd.announced()).containsExactly(1L, 2L, 3L);
        receive(claimed(50, "ahead"));
        blocks(2);
        assertThat(peerEnd.announced()).containsExactly(1L, 2L, 3L);
    }

    /**
     * A reorg of 16 blocks goes to the peer as its new tip alone, which the peer fetches below; one of
     * at most {@value Gossip#ANNOUNCE_REORG_UP_TO} block by block.
     */
    @Test
    void aLongReorgIsAnnouncedByItsTipAndAShortOneBlockByBlock() {
        blocks(20);
        Block fork = chain.queries().canonicalAt(5).orElseThrow().block();
        Block branch = fork;
        List<Block> longer = new ArrayList<>();
        String twenty = chain.tip().hash();
        for (int i = 0; i < 16; i++) {
            branch = Mining.mine(branch, "long " + i, PARAMS.difficulty());
            // its block at 20 loses the tie to the canonical one, so the reorg is one step of 16 blocks
            while (branch.index() == 20 && branch.hash().compareTo(twenty) < 0) {
                branch = Mining.mine(longer.get(longer.size() - 1), "long " + i + " " + branch.nonce(),
                        PARAMS.difficulty());
            }
            longer.add(branch);
        }
        chain.acceptAll(longer, BlockSource.PEER).join();
        loop.runPending();
        assertThat(chain.tip().hash()).isEqualTo(branch.hash());
        List<Long> announced = peerEnd.announced();
        assertThat(announced.subList(20, announced.size())).as("after the reorg").containsExactly(21L);
        // the peer fetches the branch: it has the tip now
        sync.serve(peer, new GetBlocks(List.of(fork.hash()), 500));
        loop.runPending();
        Block shortFork = chain.queries().canonicalAt(19).orElseThrow().block();
        Block shortBranch = shortFork;
        List<Block> shorter = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shortBranch = Mining.mine(shortBranch, "short " + i, PARAMS.difficulty());
            shorter.add(shortBranch);
        }
        chain.acceptAll(shorter, BlockSource.PEER).join();
        loop.runPending();
        announced = peerEnd.announced();
        assertThat(announced.subList(21, announced.size())).as("after the short reorg").containsExactly(20L, 21L, 22L);
    }
}
