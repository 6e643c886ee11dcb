package dev.rantai.p2p;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one peer may ask of this node, per kind of message: a token bucket each (a rate and a burst,
 * as Bitcoin Core and gossipsub budget their peers). Honest nodes stay far below every rate; a peer
 * that runs a bucket dry has its reading paused until the bucket refills (it is slowed), and one that
 * keeps doing it ({@value #MAX_STRIKES} strikes, one forgiven every
 * {@value #STRIKE_FORGIVEN_AFTER_MILLIS} ms) is disconnected. Confined to the node's event loop.
 */
final class RequestBudget {
    /** Times a peer may run out of a budget before it is disconnected. */
    static final int MAX_STRIKES = 20;
    /**
     * The longest a peer's reading is paused for one strike, in ms. A bucket with a slow rate (one
     * {@code get_peers} in 10 s) would otherwise pause a flooder for 10 s a strike, so it would take
     * minutes to reach {@link #MAX_STRIKES}; the bucket stays in debt, so a flooder strikes again
     * at its next request of that kind.
     */
    static final long MAX_PAUSE_MILLIS = 1_000;
    /**
     * Strikes fade, one per this many ms: a peer is disconnected for running dry often, not for
     * having run dry now and then over a long life. A flooder strikes about once a second (each
     * pause is at most {@link #MAX_PAUSE_MILLIS}), far faster than its strikes fade.
     */
    static final long STRIKE_FORGIVEN_AFTER_MILLIS = 60_000;

    /** The kinds of work a peer can make this node do, with their rates (per second) and bursts. */
    enum Kind {
        /** {@code ping}: a pong each. */
        PING(2, 20),
        /** {@code get_peers}: up to 100 addresses each. */
        GET_PEERS(0.1, 5),
        /** {@code get_blocks}: a store read of up to 500 blocks each; a sync of 100,000 blocks asks 200 times. */
        GET_BLOCKS(100, 400),
        /**
         * {@code block} announcements of a block the peer announced before: a hash of the block each.
         * An honest peer announces a block once; the rate allows for its memory of what it announced
         * being shorter than this node's.
         */
        STALE_BLOCK(100, 1000),
        /**
         * {@code block} announcements far below the tip ({@code Gossip.RECENT_BLOCKS}) that bring
         * nothing (had, or losing to the tip): a parse and a hash of up to a frame each. A connected
         * honest peer's new tips never trail this node's by that much (it would have synced), so
         * these are a replay or a branch long lost.
         */
        OLD_BLOCK(10, 20),
        /**
         * {@code block} announcements, in KiB of data (one KiB or more a block), of blocks new here that
         * this node cannot use: one that loses to the tip, an orphan at the tip's next height, and an
         * orphan above it while no sync from the peer is under way. Each is parsed (and the orphan at
         * the tip's next height hashed), about a byte of work a byte, and proof of work at a low
         * difficulty costs its sender far less than that. An honest
         * peer sends such blocks in a race at the tip or when a branch it took loses here: a few, not
         * megabytes a second for long.
         */
        UNUSABLE_BLOCK_KIB(2048, 1024),
        /** {@code peers} answers: up to 1000 addresses to parse each. */
        PEERS(0.1, 5),
        /** {@code pong}s and messages of types this node does not know: parsed and dropped. */
        NOISE(10, 100);

        final double perSecond;
        final double burst;

        Kind(double perSecond, double burst) {
            this.perSecond = perSecond;
            this.burst = burst;
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;
    }

    private final Map<Kind, Bucket> buckets = new EnumMap<>(Kind.class);
    /** Strikes not yet forgiven. */
    private int strikes;
    /** Since when forgiveness runs: the first strike of a clean record, then each forgiveness. */
    private long forgivingSince;

    /**
     * Takes one token of the kind at {@code now} (epoch ms). Returns 0 if the peer is within its
     * budget, else how many milliseconds to pause it: until the bucket holds a token again, at most
     * {@link #MAX_PAUSE_MILLIS}.
     */
    long spend(Kind kind, long now) {
        return spend(kind, now, 1);
    }

    /** Takes {@code units} tokens of the kind at once (a block's KiB, say); otherwise as {@link #spend(Kind, long)}. */
    long spend(Kind kind, long now, int units) {
        Bucket b = buckets.computeIfAbsent(kind, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = k.burst;
            fresh.updatedAt = now;
            return fresh;
        });
        b.tokens = Math.min(kind.burst, b.tokens + (now - b.updatedAt) * kind.perSecond / 1000.0);
        b.updatedAt = now;
        b.tokens -= units;
        if (b.tokens >= 0) {
            return 0;
        }
        long forgiven = (now - forgivingSince) / STRIKE_FORGIVEN_AFTER_MILLIS;
        if (strikes == 0 || forgiven >= strikes) {
            strikes = 0;
            forgivingSince = now;
        } else {
            strikes -= (int) forgiven;
            forgivingSince += forgiven * STRIKE_FORGIVEN_AFTER_MILLIS;
        }
        strikes++;
        return Math.min(MAX_PAUSE_MILLIS, (long) Math.ceil(-b.tokens * 1000.0 / kind.perSecond));
    }

    /**
     * Whether the peer has run out of its budgets often enough to be disconnected: its strikes, less
     * those forgiven, reached {@link #MAX_STRIKES} at its latest strike.
     */
    boolean exhausted() {
        return strikes >= MAX_STRIKES;
    }
}
