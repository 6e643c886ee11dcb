package dev.rantai.web.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies a node holds at once, bounded: each body's bytes are reserved as they arrive, before
 * they are kept, and released when its request ends; a head whose declared length does not fit is refused at once. Many
 * clients that each send a body up to the size limit and hold it would otherwise fill the heap together.
 */
final class BodyBudget {
    private final long limit;
    private final AtomicLong held = new AtomicLong();

    /** @param limit bytes held at most, over all bodies */
    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Reserves bytes; false (and nothing reserved) when they would take the total over the limit. */
    boolean reserve(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Whether bytes would fit now (nothing reserved). */
    boolean fits(long bytes) {
        return held.get() + bytes <= limit;
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }

    long limit() {
        return limit;
    }
}
