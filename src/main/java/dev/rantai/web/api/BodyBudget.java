package dev.rantai.web.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies a node holds at once, bounded: each body's bytes are reserved as they arrive, before
 * they are kept, and released when its request ends; a head whose declared length does not fit is refused at once. Many
 * clients that each send a body up to the size limit and hold it would otherwise fill the heap together. One client
 * address holds at most a share of the total, so that a stranger alone cannot take all of it from everyone else.
 */
final class BodyBudget {
    private final long limit;
    private final long share;
    private final AtomicLong held = new AtomicLong();
    /** Bytes held per client address; an address holding nothing has no entry. */
    private final ConcurrentHashMap<String, Long> byAddress = new ConcurrentHashMap<>();

    /**
     * @param limit bytes held at most, over all bodies
     * @param share bytes held at most for one client address
     */
    BodyBudget(long limit, long share) {
        this.limit = limit;
        this.share = Math.min(share, limit);
    }

    /** Reserves bytes for an address; false (and nothing reserved) when they would take its share or the total over. */
    boolean reserve(String address, long bytes) {
        if (bytes <= 0) {
            return true;
        }
        boolean[] reserved = { false };
        byAddress.compute(address, (a, mine) -> {
            long now = mine == null ? 0 : mine;
            if (now + bytes > share || !reserveTotal(bytes)) {
                return mine;
            }
            reserved[0] = true;
            return now + bytes;
        });
        return reserved[0];
    }

    private boolean reserveTotal(long bytes) {
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

    /** Whether bytes would fit now for an address (nothing reserved). */
    boolean fits(String address, long bytes) {
        return held.get() + bytes <= limit && byAddress.getOrDefault(address, 0L) + bytes <= share;
    }

    /** Whether the address's own share, rather than the total, is what bytes would not fit in. */
    boolean overShare(String address, long bytes) {
        return byAddress.getOrDefault(address, 0L) + bytes > share;
    }

    void release(String address, long bytes) {
        if (bytes <= 0) {
            return;
        }
        byAddress.computeIfPresent(address, (a, mine) -> mine - bytes > 0 ? mine - bytes : null);
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }

    /** Addresses holding bytes now. */
    int addresses() {
        return byAddress.size();
    }

    long limit() {
        return limit;
    }

    long share() {
        return share;
    }
}
