package dev.rantai.p2p.peer;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delay before the next dial of an address: doubles with each failure from {@code min} up to
 * {@code max}, and a random half of it is jitter, so nodes restarted together do not dial in step.
 */
public final class Backoff {
    private final long minMillis;
    private final long maxMillis;
    private final RandomGenerator random;

    public Backoff(Duration min, Duration max, RandomGenerator random) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, was " + min + ".." + max);
        }
        this.minMillis = min.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The delay after {@code failures} consecutive failures (0 for the first retry), in [ceiling/2, ceiling]. */
    public long delayMillis(int failures) {
        long ceiling = minMillis << Math.min(failures, 30);
        if (ceiling <= 0 || ceiling > maxMillis) {
            ceiling = maxMillis;
        }
        long half = ceiling / 2;
        return half + random.nextLong(ceiling - half + 1);
    }
}
