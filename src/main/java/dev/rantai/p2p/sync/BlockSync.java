package dev.rantai.p2p.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
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
 * something new. Serves {@code get_blocks} of others, one request of a peer at a time (its reading
 * pauses meanwhile) and at most {@value #MAX_CONCURRENT_SERVES} store reads for all peers at once,
 * each answer capped at the receiver's frame limit. Store reads run on worker threads; the state of
 * each peer's sync lives here and is touched only on the node's event loop.
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

    /** One peer's sync, as this node fetches from it. */
    private static final class PeerSync {
        int blocksRequested;
        long requestedAt;
        List<String> lastLocator = List.of();
        String syncFrom;
        int blocksInFlight;
        /** A request timed out: its answer may still come, and is taken rather than punished. */
        boolean lateAnswerAllowed;
    }

    private final EventLoop loop;
    private final ChainService chain;
    private final MessageCodec codec;
    private final Offender offender;
    private final LongSupplier clock;
    private final Map<Session, PeerSync> peers = new HashMap<>();
    private final ArrayDeque<Runnable> waitingServes = new ArrayDeque<>();
    private int serving;

    public BlockSync(EventLoop loop, ChainService chain, MessageCodec codec, Offender offender, LongSupplier clock) {
        this.loop = loop;
        this.chain = chain;
        this.codec = codec;
        this.offender = offender;
        this.clock = clock;
    }

    private PeerSync of(Session session) {
        return peers.computeIfAbsent(session, s -> new PeerSync());
    }

    /** The session ended: its sync state goes. */
    public void closed(Session session) {
        peers.remove(session);
    }

    /**
     * After the handshake: a peer with a better chain (more work, or as much and a lower tip hash,
     * {@link dev.rantai.chain.ChainTip#isBeatenBy}) has blocks this node lacks.
     */
    public void onHandshake(Session session) {
        if (session.hello().map(h -> chain.tip().isBeatenBy(session.remoteWork(), h.tip())).orElse(false)) {
            request(session);
        }
    }

    /** Asks the peer for the blocks after this node's locator, unless a request to it is outstanding. */
    public void request(Session session) {
        PeerSync sync = of(session);
        if (sync.blocksRequested > 0 || session.isClosed()) {
            return;
        }
        sync.syncFrom = null;
        sync.blocksRequested = Blocks.MAX_BLOCKS;
        sync.requestedAt = clock.getAsLong();
        loop.offload(chain::locator).whenComplete((locator, error) -> {
            if (error == null) {
                sync.lastLocator = locator;
                session.send(new GetBlocks(locator, Blocks.MAX_BLOCKS));
            } else {
                sync.blocksRequested = 0;
                LOG.warnf(error, "Cannot build a block locator");
            }
        });
    }

    /**
     * Asks for the blocks after the last full answer before that answer is stored, so the peer
     * reads and sends the next batch while this node stores the last (the chain takes queued
     * batches in one transaction). Waits while {@link #MAX_IN_FLIGHT} blocks of this peer are
     * still to be stored: the batch that brings it below asks again.
     */
    private void continueSync(Session session, PeerSync sync) {
        String from = sync.syncFrom;
        if (from == null || sync.blocksRequested > 0 || session.isClosed() || sync.blocksInFlight >= MAX_IN_FLIGHT) {
            return;
        }
        sync.syncFrom = null;
        List<String> previous = sync.lastLocator;
        List<String> locator = new ArrayList<>(Math.min(GetBlocks.MAX_LOCATOR, previous.size() + 1));
        locator.add(from);
        // the chain's locator of the first request still says where to start if the peer reorganised meanwhile
        for (int i = 0; i < previous.size() && locator.size() < GetBlocks.MAX_LOCATOR; i++) {
            locator.add(previous.get(i));
        }
        sync.blocksRequested = Blocks.MAX_BLOCKS;
        sync.requestedAt = clock.getAsLong();
        session.send(new GetBlocks(locator, Blocks.MAX_BLOCKS));
    }

    /**
     * Answers {@code get_blocks}: the canonical blocks after the locator, at most {@code limit} and
     * at most the frame limit in bytes (at least one block). The peer's reading pauses until the answer
     * is read from the store and written, so a peer that keeps asking waits for its answers.
     */
    public void serve(Session session, GetBlocks request) {
        session.pause(Session.PAUSED_SERVING);
        int maxBytes = codec.limits().maxFrameBytes();
        Runnable read = () -> loop.offload(() -> chain.blocksAfter(request.locator(), request.limit(), maxBytes,
                BlockSync::leastLineBytes))
                .whenComplete((blocks, error) -> {
                    serving--;
                    startWaitingServe();
                    if (session.isClosed()) {
                        return;
                    }
                    if (error != null) {
                        LOG.warnf(error, "Cannot read blocks for %s", session);
                    } else {
                        MessageCodec.BlocksLine answer = codec.blocksLine(blocks, codec.limits().maxFrameBytes());
                        for (int i = 0; i < answer.count(); i++) {
                            session.known().add(blocks.get(i).hash());
                        }
                        session.sendLine(Blocks.TYPE, answer.line());
                    }
                    session.resume(Session.PAUSED_SERVING);
                });
        if (serving < MAX_CONCURRENT_SERVES) {
            serving++;
            read.run();
        } else {
            waitingServes.add(read);
        }
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

    /** Takes an answer: only one that was asked for; a full one asks for the next at once. */
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
        sync.blocksRequested = 0;
        sync.lateAnswerAllowed = false;
        List<Block> blocks = answer.blocks();
        if (blocks.isEmpty()) {
            return;
        }
        blocks.forEach(b -> session.known().add(b.hash()));
        Block last = blocks.get(blocks.size() - 1);
        sync.blocksInFlight += blocks.size();
        if (blocks.size() >= asked) {
            // a full answer: the peer probably has more
            sync.syncFrom = last.hash();
            continueSync(session, sync);
        }
        chain.acceptAll(blocks, BlockSource.PEER).whenComplete((results, error) -> loop.execute(() -> {
            sync.blocksInFlight -= blocks.size();
            if (error != null) {
                LOG.debugf("Blocks from %s not taken: %s", session, error.getMessage());
                return;
            }
            afterBatch(session, sync, results);
        }));
    }

    private void afterBatch(Session session, PeerSync sync, List<AcceptResult> results) {
        for (AcceptResult r : results) {
            if (r.outcome() == AcceptResult.Outcome.INVALID) {
                offender.misbehaved(session, Misbehaviour.INVALID_BLOCK, "block " + r.block().index() + " "
                        + r.block().hash() + ": " + r.violation().map(v -> v.message()).orElse("?"));
                return;
            }
            if (r.outcome() != AcceptResult.Outcome.ORPHAN) {
                session.remoteHas(r.block().index());
            }
        }
        if (sync.syncFrom != null) {
            continueSync(session, sync);
            return;
        }
        boolean progressed = results.stream().anyMatch(r -> r.outcome() != AcceptResult.Outcome.DUPLICATE
                && r.outcome() != AcceptResult.Outcome.ORPHAN);
        if (progressed && sync.blocksInFlight == 0) {
            request(session);
        }
    }

    /** An outstanding request older than {@code timeoutMillis} is forgotten, so the peer can be asked again. */
    public void expire(Session session, long timeoutMillis) {
        PeerSync sync = peers.get(session);
        if (sync != null && sync.blocksRequested > 0 && clock.getAsLong() - sync.requestedAt > timeoutMillis) {
            LOG.debugf("%s did not answer get_blocks", session);
            sync.blocksRequested = 0;
            sync.lateAnswerAllowed = true;
        }
    }
}
