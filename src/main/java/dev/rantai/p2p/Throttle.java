package dev.rantai.p2p;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.p2p.transport.EventLoop;

/**
 * Charges a peer's {@link RequestBudget} for what it asks: within budget nothing happens; over it the
 * peer's reading pauses until its bucket refills; a peer that keeps running dry is disconnected
 * and its address refused for {@link #COOL_DOWN} (not the ban of misbehaviour: the rates are this
 * node's policy, not a rule of the protocol; but a budget that a reconnection renewed at once would
 * be no budget). Event loop only.
 */
final class Throttle {
    private static final Logger LOG = Logger.getLogger(Throttle.class);
    /** How long the address of a peer disconnected for its requests is refused. */
    static final Duration COOL_DOWN = Duration.ofSeconds(60);

    /** Refuses a session's address for a while. */
    @FunctionalInterface
    interface CoolDown {
        void refuse(Session session, String reason, Duration forHowLong);
    }

    private final EventLoop loop;
    private final LongSupplier clock;
    private final P2pMetrics metrics;
    private final CoolDown coolDown;

    Throttle(EventLoop loop, LongSupplier clock, P2pMetrics metrics, CoolDown coolDown) {
        this.loop = loop;
        this.clock = clock;
        this.metrics = metrics;
        this.coolDown = coolDown;
    }

    /** Charges one request of the kind; returns false if the session was closed for it. */
    boolean charge(Session session, RequestBudget.Kind kind) {
        return charge(session, kind, 1);
    }

    /** Charges {@code units} of the kind (KiB of a block, say); returns false if the session was closed for it. */
    boolean charge(Session session, RequestBudget.Kind kind, int units) {
        if (session.isClosed()) {
            // a charge that comes after the close (side blocks are charged once stored): already settled
            return false;
        }
        long wait = session.budget().spend(kind, clock.getAsLong(), units);
        if (wait == 0) {
            return true;
        }
        if (session.budget().exhausted()) {
            LOG.infof("Closing %s: over its request budget (%s) %d times", session, kind, RequestBudget.MAX_STRIKES);
            metrics.refused("over-budget");
            coolDown.refuse(session, "too many requests (" + kind.name().toLowerCase(Locale.ROOT) + ")",
                    COOL_DOWN);
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
