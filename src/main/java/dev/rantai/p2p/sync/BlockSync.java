package dev.rantai.p2p.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
import dev.rantai.p2p.Misbehaviour;
import dev.rantai.p2p.Offender;
import dev.rantai.p2p.Session;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.GetBlocks;
import io.vertx.core.Context;

/**
 * Fetching what is missing: {@code get_blocks} with this node's locator to a peer with more work
 * (or after an orphan), batches taken in one transaction each, asking again while a batch
 * brought something new. Serves {@code get_blocks} of others. Store reads run on worker threads;
 * session state is touched only on the node's event loop.
 */
public final class BlockSync {
    private static final Logger LOG = Logger.getLogger(BlockSync.class);

    /**
     * Blocks of one peer received and not yet stored, at which no further batch is asked for: ten
     * answers, so at most ten frames ({@code max-frame-bytes}) per peer wait in memory, and the
     * chain can take them in transactions of up to 5,000 blocks.
     */
    static final int MAX_IN_FLIGHT = 10 * Blocks.MAX_BLOCKS;

    private final Context context;
    private final ChainService chain;
    private final Offender offender;
    private final LongSupplier clock;

    public BlockSync(Context context, ChainService chain, Offender offender, LongSupplier clock) {
        this.context = context;
        this.chain = chain;
        this.offender = offender;
        this.clock = clock;
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
        if (session.blocksRequested() > 0 || session.isClosed()) {
            return;
        }
        session.syncFrom(null);
        session.requestedBlocks(Blocks.MAX_BLOCKS, clock.getAsLong());
        context.executeBlocking(chain::locator, false).onComplete(done -> {
            if (done.succeeded()) {
                session.lastLocator(done.result());
                send(session, done.result());
            } else {
                session.requestedBlocks(0, 0);
                LOG.warnf(done.cause(), "Cannot build a block locator");
            }
        });
    }

    private void send(Session session, List<String> locator) {
        session.send(new GetBlocks(locator, Blocks.MAX_BLOCKS));
    }

    /**
     * Asks for the blocks after the last full answer before that answer is stored, so the peer
     * reads and sends the next batch while this node stores the last (the chain takes queued
     * batches in one transaction). Waits while {@link #MAX_IN_FLIGHT} blocks of this peer are
     * still to be stored: the batch that brings it below asks again.
     */
    private void continueSync(Session session) {
        String from = session.syncFrom();
        if (from == null || session.blocksRequested() > 0 || session.isClosed()
                || session.blocksInFlight() >= MAX_IN_FLIGHT) {
            return;
        }
        session.syncFrom(null);
        List<String> previous = session.lastLocator();
        List<String> locator = new ArrayList<>(Math.min(GetBlocks.MAX_LOCATOR, previous.size() + 1));
        locator.add(from);
        // the chain's locator of the first request still says where to start if the peer reorganised meanwhile
        for (int i = 0; i < previous.size() && locator.size() < GetBlocks.MAX_LOCATOR; i++) {
            locator.add(previous.get(i));
        }
        session.requestedBlocks(Blocks.MAX_BLOCKS, clock.getAsLong());
        send(session, locator);
    }

    /** Answers {@code get_blocks}: the canonical blocks after the locator, at most 500. */
    public void serve(Session session, GetBlocks request) {
        int limit = Math.min(request.limit(), Blocks.MAX_BLOCKS);
        context.executeBlocking(() -> chain.blocksAfter(request.locator(), limit), false).onComplete(done -> {
            if (done.succeeded()) {
                done.result().forEach(b -> session.known().add(b.hash()));
                session.send(new Blocks(done.result()));
            } else {
                LOG.warnf(done.cause(), "Cannot read blocks for %s", session);
            }
        });
    }

    /** Takes an answer: only one that was asked for; a full one asks for the next at once. */
    public void onBlocks(Session session, Blocks answer) {
        int asked = session.blocksRequested();
        if (asked == 0) {
            offender.misbehaved(session, Misbehaviour.UNREQUESTED_BLOCKS,
                    answer.blocks().size() + " blocks without a get_blocks");
            return;
        }
        session.requestedBlocks(0, 0);
        List<Block> blocks = answer.blocks();
        if (blocks.isEmpty()) {
            return;
        }
        blocks.forEach(b -> session.known().add(b.hash()));
        Block last = blocks.get(blocks.size() - 1);
        session.remoteHas(last.index(), null);
        session.blocksInFlight(blocks.size());
        if (blocks.size() >= asked) {
            // a full answer: the peer probably has more
            session.syncFrom(last.hash());
            continueSync(session);
        }
        chain.acceptAll(blocks, BlockSource.PEER).whenComplete((results, error) -> context.runOnContext(v -> {
            session.blocksInFlight(-blocks.size());
            if (error != null) {
                LOG.debugf("Blocks from %s not taken: %s", session, error.getMessage());
                return;
            }
            afterBatch(session, results);
        }));
    }

    private void afterBatch(Session session, List<AcceptResult> results) {
        for (AcceptResult r : results) {
            if (r.outcome() == AcceptResult.Outcome.INVALID) {
                offender.misbehaved(session, Misbehaviour.INVALID_BLOCK, "block " + r.block().index() + " "
                        + r.block().hash() + ": " + r.violation().map(v -> v.message()).orElse("?"));
                return;
            }
        }
        if (session.syncFrom() != null) {
            continueSync(session);
            return;
        }
        boolean progressed = results.stream().anyMatch(r -> r.outcome() != AcceptResult.Outcome.DUPLICATE
                && r.outcome() != AcceptResult.Outcome.ORPHAN
                && r.outcome() != AcceptResult.Outcome.SIDE_BRANCH_REFUSED);
        if (progressed && session.blocksInFlight() == 0) {
            request(session);
        }
    }

    /** An outstanding request older than {@code timeoutMillis} is forgotten, so the peer can be asked again. */
    public void expire(Session session, long timeoutMillis) {
        if (session.blocksRequested() > 0 && clock.getAsLong() - session.blocksRequestedAt() > timeoutMillis) {
            LOG.debugf("%s did not answer get_blocks", session);
            session.requestedBlocks(0, 0);
        }
    }
}
