package dev.rantai.p2p;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.Rule;
import dev.rantai.chain.RuleViolation;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.peer.KnownHashes;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.sync.FutureBlocks;
import dev.rantai.p2p.transport.EventLoop;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;

/**
 * Block announcements: every new tip goes to each peer that does not know it yet, a received
 * block goes to the chain once (a seen-set keyed by the hash this node computed, never by the
 * peer's claim), and one whose parent is unknown starts a sync. The chain publishes its tip changes
 * to this listener on the node's event loop.
 */
final class Gossip implements ChainListener {
    /** Valid but ahead of this node's clock by more than the allowed drift: it may become acceptable. */
    static boolean isTooNew(AcceptResult result) {
        return result.outcome() == AcceptResult.Outcome.INVALID
                && result.violation().map(v -> v.rule() == Rule.TIMESTAMP_IN_FUTURE).orElse(false);
    }

    private static final Logger LOG = Logger.getLogger(Gossip.class);
    private static final int SEEN_CAPACITY = 16_384;
    /**
     * A tip change of at most this many blocks is relayed block by block (group commits of mined
     * blocks, relayed blocks taken together); a longer one is a sync batch or a deep reorg, announced
     * by its tip alone: a peer that lacks the rest fetches it with get_blocks.
     */
    static final int ANNOUNCE_EACH_UP_TO = 128;
    /**
     * A reorg that connects at most this many blocks is relayed block by block; a longer one by its
     * tip alone, as Bitcoin Core announces at most 8 blocks of a reorg one by one
     * ({@code MAX_BLOCKS_TO_ANNOUNCE}). A peer that was on the branch this node left lacks the new one
     * and fetches it; a peer that is on yet another branch and higher than this node's view of it
     * would be sent a run of blocks that all lose there.
     */
    static final int ANNOUNCE_REORG_UP_TO = 8;
    /**
     * How far below the tip, in blocks, an announced block may be and still be taken for an honest
     * relay's (a duplicate, a tip of a peer that was behind): a peer announces its new tips, which
     * trail this node's by its propagation delay; 2,048 blocks is two seconds at 1,000 blocks a second.
     */
    static final int RECENT_BLOCKS = 2_048;
    /**
     * The most a peer's race credit ({@link #isRace}) holds, in KiB: one answer's worth at the default
     * frame limit, about 113 blocks of 9 KB.
     */
    static final int RACE_CREDIT_KIB = 1_024;
    /**
     * How long, in ms, a peer that was sent a block it cannot connect is waited on to fetch what lies
     * below it. A peer that is behind asks at once; one that had the parent after all asks nothing,
     * and after this gets the blocks held back from it meanwhile.
     */
    static final long FETCH_WAIT_MILLIS = 2_000;
    /** At most this many blocks are held back from one peer; older ones are dropped (it fetches them). */
    static final int UNSENT_BLOCKS = ANNOUNCE_EACH_UP_TO;
    /** At most this many bytes of block data are held back from one peer. */
    static final long UNSENT_BYTES = 1 << 20;

    private final EventLoop loop;
    private final ChainService chain;
    private final MessageCodec codec;
    private final Supplier<List<Session>> peers;
    private final BlockSync sync;
    private final Offender offender;
    private final P2pMetrics metrics;
    private final BookBridge book;
    private final KnownHashes seen = new KnownHashes(SEEN_CAPACITY);
    private final Throttle throttle;
    private final FutureBlocks future;
    /** The last block announced and its line: a block going to many peers is encoded once. */
    private Block encoded;
    private byte[] encodedLine;

    Gossip(EventLoop loop, ChainService chain, MessageCodec codec, Supplier<List<Session>> peers, BlockSync sync,
            Offender offender, P2pMetrics metrics, BookBridge book, Throttle throttle, FutureBlocks future) {
        this.throttle = throttle;
        this.future = future;
        this.loop = loop;
        this.chain = chain;
        this.codec = codec;
        this.peers = peers;
        this.sync = sync;
        this.offender = offender;
        this.metrics = metrics;
        this.book = book;
        future.onEvicted(seen::forget);
    }

    @Override
    public void onTipChanged(TipChange change) {
        List<StoredBlock> connected = change.connected();
        boolean relay = connected.size() <= (change.isReorg() ? ANNOUNCE_REORG_UP_TO : ANNOUNCE_EACH_UP_TO);
        if (relay) {
            // Relayed blocks only: a sync batch would measure how old the chain is, not the relay.
            for (StoredBlock b : connected) {
                if (b.source() == BlockSource.PEER) {
                    metrics.propagated(b.receivedAt() - b.block().timestamp());
                }
            }
        }
        // Every new block in order, so a peer can take each on its parent; a long run (a sync batch,
        // a deep reorg) only as its tip: the peer fetches the rest with get_blocks.
        List<Block> announced = relay
                ? connected.stream().map(StoredBlock::block).toList()
                : List.of(change.current().block());
        if (change.isReorg()) {
            // blocks held back for a peer that this node's chain no longer holds would lose at the peer
            Set<String> gone = new HashSet<>();
            change.disconnected().forEach(b -> gone.add(b.block().hash()));
            for (Session s : peers.get()) {
                s.dropUnsent(gone);
            }
        }
        announce(announced);
        book.relay(change);
    }

    /**
     * Blocks committed after this node's hello went out and before the peer was admitted were
     * announced to the admitted peers only: without this, a peer that connected just then would
     * stay behind until the next block. So the tip goes to the peer now if it moved since the
     * hello; the peer fetches what lies between with {@code get_blocks}. The peer's own tip, as its
     * hello gave it, is known to it from now on.
     */
    void onHandshake(Session session, String advertisedTip) {
        session.hello().ifPresent(h -> session.known().add(h.tip()));
        session.startRaceCredit(chain.connectedKib());
        session.onDrained(() -> tick(session));
        ChainTip tip = chain.tip();
        if (!tip.hash().equals(advertisedTip)) {
            List<byte[]> out = new ArrayList<>(1);
            offer(session, tip.block(), height(session), true, out);
            session.sendLines(BlockAnnounce.TYPE, out);
        }
    }

    /**
     * The node's periodic look at a peer (and each time its send queue drains): blocks held back from
     * it go now if it can take them, so the last blocks of a burst do not wait for a next block.
     */
    void tick(Session session) {
        if (session.isClosed() || !session.hasUnsent() || session.isCongested()
                || session.isFetching(FETCH_WAIT_MILLIS)) {
            return;
        }
        List<byte[]> out = new ArrayList<>();
        sendUnsent(session, height(session), true, out);
        session.sendLines(BlockAnnounce.TYPE, out);
    }

    /**
     * The height the peer has, as far as announcing to it goes: its hello's, a valid block it showed, or
     * the highest block it announced, checked or not (a block that loses here is not hashed, but a peer
     * relaying a branch that lost here has that branch: blocks of this node's below it would lose there).
     */
    private static long height(Session s) {
        return Math.max(Math.max(s.remoteHeight(), s.claimedHeight()), s.hello().map(Hello::height).orElse(0L));
    }

    /**
     * Each block to each peer that does not have it, in order ({@link #offer}): a block is encoded once,
     * and what goes to one peer is written to it at once (a group commit of 8 blocks is one write per
     * peer, not 8).
     */
    private void announce(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        List<Session> sessions = peers.get();
        List<List<byte[]>> outboxes = new ArrayList<>(sessions.size());
        long[] heights = new long[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            outboxes.add(new ArrayList<>(blocks.size()));
            heights[i] = height(sessions.get(i));
        }
        Block newest = blocks.get(blocks.size() - 1);
        for (Block block : blocks) {
            seen.add(block.hash());
            for (int i = 0; i < sessions.size(); i++) {
                offer(sessions.get(i), block, heights[i], block == newest, outboxes.get(i));
            }
        }
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).sendLines(BlockAnnounce.TYPE, outboxes.get(i));
        }
    }

    /**
     * A new block for the peer. Not if it lies below {@code height}, the height the peer has, as Bitcoin
     * Core announces no block to a peer whose best known block has more work: there it is had or loses,
     * and a node catching up would otherwise announce every block it syncs to the peers ahead of it,
     * which charge blocks far below their tip; nor if the peer knows it.
     *
     * <p>
     * While the peer's send queue is full, or while it is {@linkplain Session#isFetching fetching} what
     * lies below a block it could not connect and this one does not connect either, the block is held
     * back (at most {@value #UNSENT_BLOCKS} blocks and {@value #UNSENT_BYTES} bytes of data, the newest);
     * once it may go, what was held goes first, in order. So a peer whose queue filled gets the blocks it
     * missed in order, and takes each on its parent.
     *
     * <p>
     * A block whose parent the peer is known to have (it had it as its hello's tip, announced it, was
     * sent it or served it, or asked for the blocks after it) goes. One whose parent it is not known
     * to have (older held blocks were dropped, a branch it does not have) would be an orphan there: only
     * the newest of a run goes, once, and the peer fetches what lies below it, as Bitcoin Core falls back
     * to announcing only its tip to a peer that would not connect the headers it has to announce. The
     * peer is then waited on for {@value #FETCH_WAIT_MILLIS} ms at most: a peer that fetched, or showed
     * that height, or asked nothing in that time (it had the parent after all) gets the blocks held
     * back meanwhile.
     */
    private void offer(Session s, Block block, long height, boolean newest, List<byte[]> out) {
        if (block.index() < height || s.known().contains(block.hash())) {
            return;
        }
        if (s.isCongested() || !s.known().contains(block.previousHash()) && s.isFetching(FETCH_WAIT_MILLIS)) {
            s.holdUnsent(block, UNSENT_BLOCKS, UNSENT_BYTES);
            return;
        }
        if (s.hasUnsent()) {
            sendUnsent(s, height, false, out);
        }
        send(s, block, newest, out);
    }

    /** The blocks held back from the peer, in order; {@code lastIsNewest}: no newer block follows them. */
    private void sendUnsent(Session s, long height, boolean lastIsNewest, List<byte[]> out) {
        List<Block> unsent = s.takeUnsent();
        for (int i = 0; i < unsent.size(); i++) {
            Block b = unsent.get(i);
            if (b.index() >= height && !s.known().contains(b.hash())) {
                send(s, b, lastIsNewest && i == unsent.size() - 1, out);
            }
        }
    }

    /** Announces the block if the peer can connect it, or if it is the newest of a run it cannot connect. */
    private void send(Session s, Block block, boolean newest, List<byte[]> out) {
        boolean connects = s.known().contains(block.previousHash());
        if (!connects && (!newest || s.isFetching(FETCH_WAIT_MILLIS))) {
            if (newest) {
                s.holdUnsent(block, UNSENT_BLOCKS, UNSENT_BYTES);
            }
            return;
        }
        write(s, block, connects, out);
    }

    /** Adds the block's announcement to what goes to the peer; records what the peer has now, or is waited on for. */
    private void write(Session s, Block block, boolean connects, List<byte[]> out) {
        if (connects) {
            s.known().add(block.hash());
            s.endWait();
        } else {
            s.sentUnconnected(block);
        }
        if (block != encoded) {
            encoded = block;
            encodedLine = codec.line(new BlockAnnounce(block));
        }
        out.add(encodedLine);
        metrics.observations().sent(s.peerName(), new BlockAnnounce(block), encodedLine.length);
    }

    /**
     * A {@code block} from a peer. One that cannot be taken now whatever its hash (an orphan for certain,
     * above the tip's next height; or one that cannot beat the tip even if its claimed hash were its own,
     * and whose claimed hash this node has not seen) is read no further than its height, parent and
     * size, and remembered nowhere. Any other has its hash computed first (a block whose claimed hash is
     * not its own is invalid, whatever else it holds), then goes to the chain unless seen already or it
     * would lose to the tip.
     *
     * <p>
     * In a push protocol every block reaches a node from each peer that took it before hearing it had
     * it (a duplicate, even one crossing this node's own announcement to that peer): a duplicate is free
     * the first time the peer announces it, while within {@link #RECENT_BLOCKS} of the tip. A block new
     * here that loses to the tip, or an orphan (unless a sync from the peer is under way and it lies
     * above the tip's next height: the sync brings it; as many as its answers brought, at most one
     * answer's worth at a time), is paid from
     * the peer's {@code UNUSABLE_BLOCK_KIB} budget by its size (its data, at least what its line's length
     * must hold, {@link MessageCodec#leastBlockKib}): an honest relay sends a few (a branch it took that
     * loses here), a stranger with cheap proof of work could send them as fast as this node reads them.
     * The blocks of a race at the tip are let off as far as this node's own chain grew ({@link #isRace}),
     * and a peer that sent a block that loses here is shown the tip ({@link #showTip}). A peer that
     * repeats itself pays from its {@code STALE_BLOCK} budget, and one that announces blocks far below
     * the tip from its much smaller {@code OLD_BLOCK} budget.
     */
    void onBlock(Session session, BlockAnnounce message, int lineBytes) {
        Block block = message.block();
        // its data, but at least what its line's length must hold: padding is paid for as data
        int kib = Math.max(block.kib(), MessageCodec.leastBlockKib(lineBytes));
        if (isOrphanForCertain(block.index())) {
            onOrphanForCertain(session, block.index(), kib);
            return;
        }
        session.claimsHeight(block.index());
        ChainTip tip = chain.tip();
        boolean recent = block.index() >= tip.height() - RECENT_BLOCKS;
        if (!tip.isBeatenByBlockAt(block.index(), block.hash()) && !seen.contains(block.hash())) {
            // It cannot be taken even if its claimed hash is its own (a true hash that loses, or a false one),
            // and it is no block this node has: refused by its size without a hash or any other work, and
            // remembered nowhere (every cache holds only hashes computed here).
            if (recent) {
                if (!isRace(session, block.index(), tip.height(), kib)) {
                    throttle.charge(session, RequestBudget.Kind.UNUSABLE_BLOCK_KIB, kib);
                }
            } else {
                throttle.charge(session, RequestBudget.Kind.OLD_BLOCK);
            }
            showTip(session, tip);
            return;
        }
        String hash = block.computeHash();
        if (!hash.equals(block.hash())) {
            offender.misbehaved(session, Misbehaviour.INVALID_BLOCK, "block " + block.index() + " claims hash "
                    + block.hash() + " but hashes to " + hash);
            return;
        }
        boolean firstAnnouncement = session.known().announced(hash);
        session.known().add(block.previousHash());
        if (!seen.add(hash)) {
            if (!chargeNothingNew(session, recent, firstAnnouncement) && block.index() <= tip.height()) {
                // the peer has it; a height no higher than this node's moves no figure derived from peers
                session.remoteHas(block.index());
            }
            return;
        }
        if (tip.isBeatenByBlockAt(block.index(), hash)) {
            accept(session, block, hash, kib);
            return;
        }
        // It would lose to the tip: not stored, as Bitcoin Core does not process an unrequested block
        // of less work (AcceptBlock). If its branch grows past the tip, the next block is an orphan
        // here and the branch comes by sync. What can be checked without its parent is checked.
        Optional<RuleViolation> broken = chain.rules().check(block, Optional.empty(), System.currentTimeMillis());
        if (broken.isPresent() && broken.get().rule() != Rule.PARENT_KNOWN
                && broken.get().rule() != Rule.TIMESTAMP_IN_FUTURE) {
            seen.forget(hash);
            offender.misbehaved(session, Misbehaviour.INVALID_BLOCK,
                    "block " + block.index() + " " + hash + ": " + broken.get().message());
        } else {
            if (!chargeNothingNew(session, recent, firstAnnouncement) && !isRace(session, block.index(), tip.height(), kib)) {
                throttle.charge(session, RequestBudget.Kind.UNUSABLE_BLOCK_KIB, kib);
            }
            showTip(session, tip);
        }
    }

    /**
     * The peer sent a block that loses to this node's tip: it does not know the tip (its relay would
     * not send a block below a height the peer has), so it is sent the tip, once for each tip. Its
     * relay then sends nothing below it ({@link #height}), and a peer on a branch with less work, or
     * as much and a higher tip hash, fetches this node's chain. Without this, two nodes on different
     * branches that never told each other their heights (each taken by sync, or announced as the tip
     * alone while the other was waited on) would relay their branches to each other block by block,
     * each of them losing at the other end.
     */
    private void showTip(Session session, ChainTip tip) {
        if (session.isClosed() || session.known().contains(tip.hash()) || !session.showsTip(tip.hash())) {
            return;
        }
        List<byte[]> out = new ArrayList<>(1);
        write(session, tip.block(), session.known().contains(tip.block().previousHash()), out);
        session.sendLines(BlockAnnounce.TYPE, out);
    }

    /**
     * Whether a block this node cannot use (it loses to the tip, or is an orphan at the tip's next
     * height) is the peer's side of a race at the tip, and so free: higher than any such block the peer
     * sent before, no higher than the tip's next, and within the peer's race credit, which each block
     * that joins this node's chain adds its size to (at most {@value #RACE_CREDIT_KIB} KiB, none at
     * first). A peer relaying a branch that races this node's (two miners at once) sends each of its
     * blocks once, in order, about as fast and as large as this node's own chain grows, and about half
     * of them lose here. A peer sending many blocks at one height, going back down, or more than this
     * node's chain grew, pays for them: what a peer is let off is bounded by what this node's own
     * chain took, whatever the peer does or however often it connects.
     */
    private boolean isRace(Session session, long index, long tipHeight, int kib) {
        return index <= tipHeight + 1 && session.raceAt(index, kib, chain.connectedKib(), RACE_CREDIT_KIB);
    }

    /**
     * Whether a block at {@code index} is an orphan for certain: above the tip's next height, with no
     * block above the tip stored or on its way to the chain (from an announcement or a sync answer).
     */
    boolean isOrphanForCertain(long index) {
        // index - 1, not max + 1: a claimed height of 2^63-1 in flight would overflow the sum
        return index - 1 > Math.max(chain.tip().height(), sync.inFlight().highest());
    }

    /**
     * An orphan for certain, whatever its hash: the sync it starts brings it, so it is read no further
     * (the protocol reads no more than its height off a line written as this node writes one). Free
     * while a sync from the peer is under way, as far as what its answers brought covers it; else paid
     * for from the peer's {@code UNUSABLE_BLOCK_KIB} budget.
     *
     * @param index its height, as the peer claims it
     * @param kib its size as that budget counts it: its data's ({@link Block#kib}), or for a line not
     *        read the most data it can hold ({@link MessageCodec#unreadBlockKib})
     */
    void onOrphanForCertain(Session session, long index, int kib) {
        session.claimsHeight(index);
        if (sync.takeFreeOrphan(session, kib) || throttle.charge(session, RequestBudget.Kind.UNUSABLE_BLOCK_KIB, kib)) {
            sync.request(session);
        }
    }

    /**
     * Charges a block that brings nothing: one far below the tip to {@code OLD_BLOCK}, a repeat to
     * {@code STALE_BLOCK}; the first announcement of a recent one is free. Returns whether it charged.
     */
    private boolean chargeNothingNew(Session session, boolean recent, boolean firstAnnouncement) {
        if (!recent) {
            throttle.charge(session, RequestBudget.Kind.OLD_BLOCK);
            return true;
        }
        if (!firstAnnouncement) {
            throttle.charge(session, RequestBudget.Kind.STALE_BLOCK);
            return true;
        }
        return false;
    }

    /** Blocks that were too new when they came, whose time has come: offered to the chain again. */
    void retry(List<FutureBlocks.Waiting> due) {
        for (FutureBlocks.Waiting w : due) {
            seen.add(w.block().hash());
            accept(w.from(), w.block(), w.block().hash(), w.block().kib());
        }
    }

    /** @param kib the block's size as the budget of unusable blocks counts it, should the chain refuse it as an orphan */
    private void accept(Session session, Block block, String hash, int kib) {
        // where the block stood when it came: the tip may be far on when the chain answers
        long tipHeight = chain.tip().height();
        sync.inFlight().add(block.index());
        // Back on the loop in one hop: the count of blocks in flight and the session are the loop's.
        chain.accept(block, BlockSource.PEER).whenComplete((result, error) -> loop.execute(() -> {
            sync.inFlight().settled();
            if (error != null) {
                LOG.debugf("Block %s from %s not taken: %s", hash, session, error.getMessage());
                seen.forget(hash);
            } else if (result.outcome() == AcceptResult.Outcome.INVALID
                    || result.outcome() == AcceptResult.Outcome.ORPHAN) {
                onRefused(session, block, result, kib, tipHeight);
            } else {
                session.remoteHas(block.index());
                if (result.movedTip()) {
                    session.deliveredBlock(System.currentTimeMillis());
                }
            }
        }));
    }

    /** @param tipHeight this node's tip height when the block came */
    private void onRefused(Session session, Block block, AcceptResult result, int kib, long tipHeight) {
        if (isTooNew(result)) {
            // What an honest node with a clock a little ahead sends: kept for later, not punished. Its hash
            // stays seen while it waits (until it is offered again, or pushed out), so the same block sent
            // again is a repeat, paid for as one, not new work for the chain. One the peer has no room for
            // is paid for like any block this node cannot use.
            if (!future.hold(block, session)) {
                seen.forget(block.hash());
                throttle.charge(session, RequestBudget.Kind.UNUSABLE_BLOCK_KIB, kib);
            }
            return;
        }
        // Its hash is its own, so forgetting it lets nothing but this very block in again; an orphan
        // is not stored, and a later announcement of it must count again.
        seen.forget(block.hash());
        if (result.outcome() == AcceptResult.Outcome.INVALID) {
            offender.misbehaved(session, Misbehaviour.INVALID_BLOCK, "block " + block.index() + " " + block.hash()
                    + ": " + result.violation().map(x -> x.message()).orElse("?"));
        } else {
            // An orphan, hashed and checked by the chain, judged by the tip it came to (the chain may have
            // moved far on since, by a sync answer, say). At the tip's next height: paid for like any block
            // this node cannot use (its data, at least what its line's length must hold), also while a sync
            // from the peer is under way (an orphan that the sync brings lies above the tip's next height),
            // unless it is the peer's side of a race at the tip. Above it (it came while blocks below it
            // were on their way to the chain, which then refused them): as an orphan for certain, free as
            // far as the peer's sync brought blocks, or as its side of a race at the tip as it is now.
            boolean free = block.index() > tipHeight + 1
                    ? sync.takeFreeOrphan(session, kib) || isRace(session, block.index(), chain.tip().height(), kib)
                    : isRace(session, block.index(), tipHeight, kib);
            if (free || throttle.charge(session, RequestBudget.Kind.UNUSABLE_BLOCK_KIB, kib)) {
                sync.request(session);
            }
        }
    }
}
