package dev.rantai.p2p.sync;

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
import java.util.List;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Fetching what is missing: {@code get_blocks} with this node's locator to a peer with more work
 * (or after an orphan), batches taken in one transaction each, asking again while a batch
 * brought something new. Serves {@code get_blocks} of others. Store reads run on worker threads;
 * session state is touched only on the node's event loop.
 */
public final class BlockSync {
    private static final Logger LOG = Logger.getLogger(BlockSync.class);

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

    /** After the handshake: a peer with more work has blocks this node lacks. */
    public void onHandshake(Session session) {
        if (session.remoteWork().compareTo(chain.tip().work()) > 0) {
            request(session);
        }
    }

    /** Asks the peer for the blocks after this node's locator, unless a request to it is outstanding. */
    public void request(Session session) {
        if (session.blocksRequested() > 0 || session.isClosed()) {
            return;
        }
        session.requestedBlocks(Blocks.MAX_BLOCKS, clock.getAsLong());
        context.executeBlocking(chain::locator, false).onComplete(done -> {
            if (done.succeeded()) {
                session.send(new GetBlocks(done.result(), Blocks.MAX_BLOCKS));
            } else {
                session.requestedBlocks(0, 0);
                LOG.warnf(done.cause(), "Cannot build a block locator");
            }
        });
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

    /** Takes an answer: only one that was asked for, in one transaction. */
    public void onBlocks(Session session, Blocks answer) {
        if (session.blocksRequested() == 0) {
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
        session.remoteHas(blocks.get(blocks.size() - 1).index(), null);
        chain.acceptAll(blocks, BlockSource.PEER).whenComplete((results, error) -> context.runOnContext(v -> {
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
        boolean progressed = results.stream().anyMatch(r -> r.outcome() != AcceptResult.Outcome.DUPLICATE
                && r.outcome() != AcceptResult.Outcome.ORPHAN);
        if (progressed) {
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
