package dev.rantai.p2p.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.Rule;
import dev.rantai.p2p.Misbehaviour;
import dev.rantai.p2p.Offender;
import dev.rantai.p2p.Session;
import dev.rantai.p2p.transport.EventLoop;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.MessageCodec;

/**
 * Fetching what is missing: {@code get_blocks} with this node's locator to a peer with more work
 * (or after an orphan), batches taken in one transaction each, asking again while a batch brought
 * something new. One request per peer at a time: a reason to ask that comes while a request is out or
 * its blocks are being stored is remembered, and the peer is asked once they are stored (or at the
 * next {@link #tick}). A peer whose answers bring nothing new {@value #MAX_FRUITLESS} times in a row is
 * dropped as a sync source for {@value #STALL_COOLDOWN_MILLIS} ms, and another peer with more work is
 * asked; once the time is up, a peer that still has more (its hello's work, or an orphan it announced)
 * is asked again. Serves {@code get_blocks} of others, one request of a peer at a time (its reading pauses
 * meanwhile) and at most {@value #MAX_CONCURRENT_SERVES} store reads for all peers at once, each answer
 * capped at the receiver's frame limit. Store reads run on worker threads; the state of each peer's
 * sync lives here and is touched only on the node's event loop.
 */
public final class BlockSync {
    private static final Logger LOG = Logger.getLogger(BlockSync.class);

    /**
     * Blocks of one peer received and not yet stored, at which no further batch is asked for: ten
     * answers, so at most ten frames ({@code max-frame-bytes}) per peer wait in memory, and the
     * chain can take them in transactions of up to 5,000 blocks.
     */
    static final int MAX_IN_FLIGHT = 10 * Blocks.MAX_BLOCKS;
    /** Store reads for other peers' {@code get_blocks} at once: the rest of the reader pool stays free. */
    static final int MAX_CONCURRENT_SERVES = 2;
    /** Answers in a row that brought nothing new, after which a peer is no sync source for a while. */
    public static final int MAX_FRUITLESS = 3;
    /** How long a peer rests as a sync source after {@link #MAX_FRUITLESS} fruitless answers, in ms. */
    public static final long STALL_COOLDOWN_MILLIS = 60_000;
    /**
     * How long after a request its sync counts as under way while no answer came, in ms: the orphans
     * the peer announces meanwhile are what the answer brings.
     */
    static final long UNDER_WAY_MILLIS = 10_000;

    /** One peer's sync, as this node fetches from it. */
    private static final class PeerSync {
        int blocksRequested;
        long requestedAt;
        /** The locator of the outstanding request. */
        List<String> askedLocator = List.of();
        /** The hash the outstanding request continues from (the last block of a full answer), or null. */
        String askedFrom;
        /** The chain's locator of the first request of a run. */
        List<String> lastLocator = List.of();
        /** The last block of the last full answer, to go on from, or null. */
        Block syncFrom;
        int blocksInFlight;
        /**
         * The height this node had, or had asked to go on from, when the outstanding request was sent:
         * an answer's block above it was news to this node when it asked, even if it arrived by
         * another way (an announcement) before the answer was stored.
         */
        long floor;
        /** A reason to ask came while asking was not possible (a request out, blocks being stored, a rest). */
        boolean wanted;
        /**
         * A request timed out: its answer may still come, and is taken rather than punished, checked
         * against the locator it answers ({@link #lateLocator}).
         */
        boolean lateAnswerAllowed;
        List<String> lateLocator = List.of();
        int fruitless;
        long stalledAt;
        /**
         * The last block of the peer's latest answer that ended in a side block here: a branch being
         * fetched that does not beat the tip yet. Requests to the peer start their locator with it, so
         * its next answer goes on with the branch instead of repeating it from the fork point. Null
         * before any.
         */
        String branchTip;
        /**
         * KiB of orphans from the peer that may still be taken free during its sync: one answer's worth
         * at first, spent by each free orphan, refilled by what its answers bring, never above an
         * answer's worth.
         */
        int freeOrphanKib;

        PeerSync(int answerKib) {
            freeOrphanKib = answerKib;
        }
    }

    private final EventLoop loop;
    private final ChainService chain;
    private final MessageCodec codec;
    private final Offender offender;
    private final LongSupplier clock;
    private final FutureBlocks future;
    private final Supplier<List<Session>> connected;
    private final Map<Session, PeerSync> peers = new HashMap<>();
    private final BlocksInFlight inFlight = new BlocksInFlight();
    private final ArrayDeque<Runnable> waitingServes = new ArrayDeque<>();
    /** Per peer, the answer read ahead after its last full answer. */
    private final Map<Session, ReadAhead> readAheads = new HashMap<>();
    private int serving;

    public BlockSync(EventLoop loop, ChainService chain, MessageCodec codec, Offender offender, LongSupplier clock,
            FutureBlocks future, Supplier<List<Session>> connected) {
        this.loop = loop;
        this.chain = chain;
        this.codec = codec;
        this.offender = offender;
        this.clock = clock;
        this.future = future;
        this.connected = connected;
    }

    private PeerSync of(Session session) {
        return peers.computeIfAbsent(session, s -> new PeerSync(answerKib()));
    }

    /** The session ended: its sync state goes. */
    public void closed(Session session) {
        peers.remove(session);
        readAheads.remove(session);
    }

    /**
     * After the handshake: a peer with a better chain (more work, or as much and a lower tip hash,
     * {@link dev.rantai.chain.ChainTip#isBeatenBy}) has blocks this node lacks.
     */
    public void onHandshake(Session session) {
        if (isBetter(session)) {
            request(session);
        }
    }

    private boolean isBetter(Session session) {
        return session.hello().map(h -> chain.tip().isBeatenBy(session.remoteWork(), h.tip())).orElse(false);
    }

    /**
     * Asks the peer for the blocks after this node's locator. While a request to it is outstanding,
     * its blocks are still being stored or the peer rests as a sync source after fruitless answers,
     * the wish is remembered instead: a locator built now would not yet show the blocks being stored,
     * and the answer would bring them again.
     */
    public void request(Session session) {
        PeerSync sync = of(session);
        if (session.isClosed()) {
            return;
        }
        if (sync.blocksRequested > 0 || sync.blocksInFlight > 0 || isStalled(sync)) {
            sync.wanted = true;
            return;
        }
        sync.wanted = false;
        sync.syncFrom = null;
        sync.askedFrom = null;
        sync.floor = chain.tip().height();
        sync.blocksRequested = Blocks.MAX_BLOCKS;
        sync.requestedAt = clock.getAsLong();
        Optional<String> branch = Optional.ofNullable(sync.branchTip);
        loop.offload(() -> chain.locator(branch)).whenComplete((locator, error) -> {
            if (error == null) {
                sync.lastLocator = locator;
                send(session, sync, locator);
            } else {
                sync.blocksRequested = 0;
                LOG.warnf(error, "Cannot build a block locator");
            }
        });
    }

    /**
     * The blocks on their way to the chain: this sync's answers, and what the relay hands over too
     * (one count for the node, so that a block on any of them is no orphan).
     */
    public BlocksInFlight inFlight() {
        return inFlight;
    }

    /**
     * Whether a sync from the peer is under way: blocks of its answers are being stored, or a request
     * to it went out less than {@value #UNDER_WAY_MILLIS} ms ago. A peer's orphans are then expected.
     */
    public boolean isUnderWay(Session session) {
        PeerSync sync = peers.get(session);
        return sync != null && (sync.blocksInFlight > 0
                || sync.blocksRequested > 0 && clock.getAsLong() - sync.requestedAt < UNDER_WAY_MILLIS);
    }

    /**
     * Whether an orphan for certain of {@code kib} KiB from the peer is free: while a sync from it is
     * {@link #isUnderWay under way} (the answer brings it), and as long as what its answers brought
     * covers it: a credit of one answer's worth ({@code max-frame-bytes}) at first, spent by each free
     * orphan and refilled by the blocks of each answer by their data, never above an answer's worth.
     * Past that, or with no sync under way, the caller charges it. So a peer that answers late,
     * behind a backlog of its own orphans, or with one block an answer to be asked again at once, has
     * no more orphans free than its answers carried.
     */
    public boolean takeFreeOrphan(Session session, int kib) {
        PeerSync sync = peers.get(session);
        if (sync == null || !isUnderWay(session) || kib > sync.freeOrphanKib) {
            return false;
        }
        sync.freeOrphanKib -= kib;
        return true;
    }

    /** One answer's worth, in KiB: the frame limit. */
    private int answerKib() {
        return codec.limits().maxFrameBytes() / 1024;
    }

    private boolean isStalled(PeerSync sync) {
        if (sync.stalledAt != 0 && clock.getAsLong() - sync.stalledAt >= STALL_COOLDOWN_MILLIS) {
            sync.stalledAt = 0;
            sync.fruitless = 0;
        }
        return sync.stalledAt != 0;
    }

    private void send(Session session, PeerSync sync, List<String> locator) {
        sync.askedLocator = locator;
        session.send(new GetBlocks(locator, Blocks.MAX_BLOCKS));
    }

    /**
     * Asks for the blocks after the last full answer before that answer is stored, so the peer
     * reads and sends the next batch while this node stores the last (the chain takes queued
     * batches in one transaction). Waits while {@link #MAX_IN_FLIGHT} blocks of this peer are
     * still to be stored: the batch that brings it below asks again.
     */
    private void continueSync(Session session, PeerSync sync) {
        Block from = sync.syncFrom;
        if (from == null || sync.blocksRequested > 0 || session.isClosed() || sync.blocksInFlight >= MAX_IN_FLIGHT
                || isStalled(sync)) {
            return;
        }
        sync.syncFrom = null;
        sync.floor = Math.max(chain.tip().height(), from.index());
        List<String> previous = sync.lastLocator;
        List<String> locator = new ArrayList<>(Math.min(GetBlocks.MAX_LOCATOR, previous.size() + 1));
        locator.add(from.hash());
        // the chain's locator of the first request still says where to start if the peer reorganised meanwhile
        for (int i = 0; i < previous.size() && locator.size() < GetBlocks.MAX_LOCATOR; i++) {
            locator.add(previous.get(i));
        }
        sync.blocksRequested = Blocks.MAX_BLOCKS;
        sync.requestedAt = clock.getAsLong();
        sync.askedFrom = from.hash();
        send(session, sync, locator);
    }

    /**
     * Answers {@code get_blocks}: the canonical blocks after the locator, at most {@code limit} and
     * at most the frame limit in bytes (at least one block). The peer's reading pauses until the answer
     * is read from the store and written, so a peer that keeps asking waits for its answers. After a
     * full answer the next one (the blocks after its last) is read ahead, while the peer takes this
     * one: a syncing peer asks for exactly that next, and gets it without waiting for the store.
     */
    public void serve(Session session, GetBlocks request) {
        session.pause(Session.PAUSED_SERVING);
        if (!request.locator().isEmpty()) {
            // where the peer stands (its tip, or the last block of the answer it goes on from): a block
            // of this node's on it is one the peer can take on its parent
            session.known().add(request.locator().get(0));
        }
        ReadAhead ahead = readAheads.remove(session);
        CompletableFuture<Answer> answer = ahead != null && ahead.answers(request, chain.tip()) ? ahead.answer()
                : read(request.locator(), request.limit());
        answer.whenComplete((a, error) -> {
            if (session.isClosed()) {
                return;
            }
            if (error != null) {
                LOG.warnf(error, "Cannot read blocks for %s", session);
            } else {
                for (int i = 0; i < a.line().count(); i++) {
                    session.known().add(a.blocks().get(i).hash());
                }
                session.sendLine(Blocks.TYPE, a.line().line());
                // it fetched: what it was waited on for, it has now or asks for next
                session.endWait();
                if (a.line().count() == request.limit()) {
                    String last = a.blocks().get(a.line().count() - 1).hash();
                    ChainTip tip = chain.tip();
                    readAheads.put(session, new ReadAhead(last, request.limit(), tip, read(List.of(last),
                            request.limit())));
                }
            }
            session.resume(Session.PAUSED_SERVING);
        });
    }

    /** An answer read from the store and written as its line, on the loop. */
    private record Answer(List<Block> blocks, MessageCodec.BlocksLine line) {
    }

    /**
     * The answer to a request that continues from {@code after}, read before it was asked; it is
     * taken only while the tip is the one it was read under, so it is what a read now would give.
     */
    private record ReadAhead(String after, int limit, ChainTip tip, CompletableFuture<Answer> answer) {
        boolean answers(GetBlocks request, ChainTip now) {
            return request.limit() == limit && request.locator().get(0).equals(after) && now == tip;
        }
    }

    /** Reads an answer, once fewer than {@link #MAX_CONCURRENT_SERVES} reads run; the future completes on the loop. */
    private CompletableFuture<Answer> read(List<String> locator, int limit) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        int maxBytes = codec.limits().maxFrameBytes();
        Runnable read = () -> loop.offload(() -> chain.blocksAfter(locator, limit, maxBytes,
                BlockSync::leastLineBytes))
                .whenComplete((blocks, error) -> {
                    serving--;
                    startWaitingServe();
                    if (error != null) {
                        answer.completeExceptionally(error);
                    } else {
                        answer.complete(new Answer(blocks, codec.blocksLine(blocks, maxBytes)));
                    }
                });
        if (serving < MAX_CONCURRENT_SERVES) {
            serving++;
            read.run();
        } else {
            waitingServes.add(read);
        }
        return answer;
    }

    /** A block's JSON takes at least its data (a character is one byte or more) and its fixed fields. */
    private static long leastLineBytes(Block block) {
        return block.data().length() + 200L;
    }

    private void startWaitingServe() {
        Runnable next = waitingServes.poll();
        if (next != null) {
            serving++;
            next.run();
        }
    }

    /**
     * Takes an answer: only one that was asked for, and only the chain after the locator (consecutive
     * blocks whose first one's parent is in the locator). A full answer asks for the next at once,
     * unless it answered a continuation without going on from where it was asked to; any other waits
     * until it is stored and brought something new.
     */
    public void onBlocks(Session session, Blocks answer) {
        PeerSync sync = of(session);
        int asked = sync.blocksRequested;
        if (asked == 0 && sync.lateAnswerAllowed) {
            asked = Blocks.MAX_BLOCKS;
        } else if (asked == 0) {
            offender.misbehaved(session, Misbehaviour.UNREQUESTED_BLOCKS,
                    answer.blocks().size() + " blocks without a get_blocks");
            return;
        }
        if (sync.blocksRequested > 0) {
            // the answer to the request out, or the late one to a request that timed out before it:
            // either way one answer fewer is due, and a late answer may still come after this one
            sync.blocksRequested = 0;
        } else {
            sync.lateAnswerAllowed = false;
        }
        List<Block> blocks = answer.blocks();
        if (blocks.isEmpty()) {
            // Nothing after the locator: fruitless if the peer showed more than this node has (its hello's
            // work, a block it announced). If the tip has caught up with all it showed by another way (the
            // blocks of another peer), the peer is not at fault: in a mesh, the blocks a peer announces
            // often come from another peer first.
            if (isBetter(session) || session.claimedHeight() > chain.tip().height()) {
                fruitless(session, sync);
            }
            return;
        }
        String inconsistency = inconsistency(blocks, sync.askedLocator);
        if (inconsistency != null && sync.lateAnswerAllowed && inconsistency(blocks, sync.lateLocator) == null) {
            inconsistency = null;
        }
        if (inconsistency != null) {
            offender.misbehaved(session, Misbehaviour.INCONSISTENT_ANSWER, inconsistency);
            return;
        }
        long brought = sync.freeOrphanKib;
        for (Block b : blocks) {
            session.known().add(b.hash());
            brought += b.kib();
        }
        sync.freeOrphanKib = (int) Math.min(answerKib(), brought);
        Block last = blocks.get(blocks.size() - 1);
        sync.blocksInFlight += blocks.size();
        long floor = sync.floor;
        if (blocks.size() >= asked && sync.fruitless == 0
                && (sync.askedFrom == null || blocks.get(0).previousHash().equals(sync.askedFrom))) {
            // a full answer, and for a continuation one that goes on from where it was asked to: the
            // peer probably has more. One that went back (the same answer again, say), and any answer
            // of a peer whose last brought nothing, waits until it is stored and shows whether it
            // brought anything.
            sync.syncFrom = last;
            continueSync(session, sync);
        }
        inFlight.add(last.index());
        chain.acceptAll(blocks, BlockSource.PEER).whenComplete((results, error) -> loop.execute(() -> {
            sync.blocksInFlight -= blocks.size();
            inFlight.settled();
            if (error != null) {
                LOG.debugf("Blocks from %s not taken: %s", session, error.getMessage());
                return;
            }
            afterBatch(session, sync, results, floor);
        }));
    }

    /** Why the blocks are not the chain after one of the locator's hashes, or null if they are. */
    private static String inconsistency(List<Block> blocks, List<String> locator) {
        Block first = blocks.get(0);
        if (!locator.isEmpty() && !locator.contains(first.previousHash())) {
            return "the first block " + first.index() + " does not follow any hash of the locator";
        }
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block parent = blocks.get(i - 1);
            if (!b.previousHash().equals(parent.hash()) || b.index() != parent.index() + 1) {
                return "block " + i + " of the answer does not follow block " + (i - 1);
            }
        }
        return null;
    }

    /**
     * @param floor the height this node had (or had asked to go on from) when it asked for the batch:
     *        a duplicate above it came by another way while the answer was on its way, and is not the
     *        peer's fault
     */
    private void afterBatch(Session session, PeerSync sync, List<AcceptResult> results, long floor) {
        boolean progressed = false;
        for (AcceptResult r : results) {
            if (isTooNew(r)) {
                // An honest peer with a clock a little ahead: the block waits, nothing after it can connect yet.
                future.hold(r.block(), session);
                sync.syncFrom = null;
                break;
            }
            if (r.outcome() == AcceptResult.Outcome.INVALID) {
                offender.misbehaved(session, Misbehaviour.INVALID_BLOCK, "block " + r.block().index() + " "
                        + r.block().hash() + ": " + r.violation().map(v -> v.message()).orElse("?"));
                return;
            }
            if (r.outcome() != AcceptResult.Outcome.ORPHAN) {
                session.remoteHas(r.block().index());
            }
            if (r.movedTip()) {
                session.deliveredBlock(clock.getAsLong());
            }
            // A side block refused by the chain's budget is no progress either (it is not punished).
            progressed |= switch (r.outcome()) {
                case DUPLICATE -> r.block().index() > floor;
                case ORPHAN, SIDE_BRANCH_REFUSED -> false;
                default -> true;
            };
        }
        AcceptResult last = results.get(results.size() - 1);
        if (last.outcome() == AcceptResult.Outcome.SIDE_BRANCH) {
            sync.branchTip = last.block().hash();
        }
        if (!progressed) {
            sync.syncFrom = null;
            fruitless(session, sync);
            goOnWithBranch(session, sync, last.block());
            return;
        }
        sync.fruitless = 0;
        if (sync.syncFrom != null) {
            continueSync(session, sync);
        } else if (sync.blocksInFlight == 0 && sync.blocksRequested == 0) {
            request(session);
        }
    }

    /**
     * An answer that brought nothing new, but whose last block is a side block here that the request
     * did not go on from: the peer is on a branch this node has in part already (from another peer, or
     * from earlier answers of this one before the peer's chain moved), and the blocks after that one
     * are what it lacks. So the peer is asked for them, the block first in the locator. The answer
     * still counts as fruitless: a peer that keeps answering with branches this node has rests after
     * {@value #MAX_FRUITLESS} of them, as any other.
     */
    private void goOnWithBranch(Session session, PeerSync sync, Block last) {
        if (isStalled(sync) || sync.askedLocator.contains(last.hash())) {
            return;
        }
        loop.offload(() -> chain.isSideBlock(last.hash())).whenComplete((side, error) -> {
            if (error == null && side && !session.isClosed()) {
                sync.branchTip = last.hash();
                request(session);
            }
        });
    }

    private static boolean isTooNew(AcceptResult r) {
        return r.outcome() == AcceptResult.Outcome.INVALID
                && r.violation().map(v -> v.rule() == Rule.TIMESTAMP_IN_FUTURE).orElse(false);
    }

    /** An answer that brought nothing new: not asked again; a peer that keeps doing it rests, and another is tried. */
    private void fruitless(Session session, PeerSync sync) {
        if (++sync.fruitless < MAX_FRUITLESS || sync.stalledAt != 0) {
            return;
        }
        sync.stalledAt = clock.getAsLong();
        LOG.infof("%s brought nothing new in %d answers: not asked for blocks for %d s", session, MAX_FRUITLESS,
                STALL_COOLDOWN_MILLIS / 1000);
        for (Session other : connected.get()) {
            PeerSync o = of(other);
            if (other != session && !isStalled(o) && o.blocksRequested == 0 && isBetter(other)) {
                request(other);
                return;
            }
        }
    }

    /**
     * The node's periodic look at one peer's sync: an outstanding request older than
     * {@code timeoutMillis} is forgotten (a fruitless answer); a peer that is not being asked, has no
     * blocks being stored and does not rest is asked if a reason to ask was left over (an orphan it
     * announced while asking was not possible) or its hello claimed a better chain than this node has.
     * Without this, a reason to ask that came at the wrong moment, or a rest that ended, would leave the
     * node behind until the peer's next block.
     */
    public void tick(Session session, long timeoutMillis) {
        PeerSync sync = peers.get(session);
        if (sync == null || session.isClosed()) {
            return;
        }
        if (sync.blocksRequested > 0 && clock.getAsLong() - sync.requestedAt > timeoutMillis) {
            LOG.debugf("%s did not answer get_blocks", session);
            sync.blocksRequested = 0;
            sync.lateAnswerAllowed = true;
            sync.lateLocator = sync.askedLocator;
            fruitless(session, sync);
        }
        if (sync.blocksRequested == 0 && sync.blocksInFlight == 0 && sync.syncFrom == null && !isStalled(sync)
                && (sync.wanted || isBetter(session))) {
            request(session);
        }
    }
}
