package dev.rantai.bench.hostile;

import java.util.concurrent.locks.LockSupport;

/** The pacing of a benchmark (sampling periods, request rates): a schedule, not a wait for a condition. */
final class Pause {
    private Pause() {
    }

    /** Parks the thread for {@code millis} (spurious wake-ups included). */
    static void millis(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long left;
        while ((left = until - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
    }
}
