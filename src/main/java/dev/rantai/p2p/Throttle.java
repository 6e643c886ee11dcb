package dev.rantai.p2p;

import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.p2p.transport.EventLoop;

/**
 * Charges a peer's {@link RequestBudget} for what it asks: within budget nothing happens; over it the
 * peer's reading pauses until its bucket refills; a peer that keeps running dry is disconnected
 * (not banned: the rates are this node's policy, not a rule of the protocol). Event loop only.
 */
final class Throttle {
    private static final Logger LOG = Logger.getLogger(Throttle.class);

    private final EventLoop loop;
    private final LongSupplier clock;
    private final P2pMetrics metrics;

    Throttle(EventLoop loop, LongSupplier clock, P2pMetrics metrics) {
        this.loop = loop;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Charges one request of the kind; returns false if the session was closed for it. */
    boolean charge(Session session, RequestBudget.Kind kind) {
        long wait = session.budget().spend(kind, clock.getAsLong());
        if (wait == 0) {
            return true;
        }
        if (session.budget().exhausted()) {
            LOG.infof("Closing %s: over its request budget (%s) %d times", session, kind, RequestBudget.MAX_STRIKES);
            metrics.refused("over-budget");
            session.close("too many requests");
            return false;
        }
        if (!session.isPaused(Session.PAUSED_BUDGET)) {
            session.pause(Session.PAUSED_BUDGET);
            loop.timer(wait, () -> session.resume(Session.PAUSED_BUDGET));
        }
        return true;
    }
}
