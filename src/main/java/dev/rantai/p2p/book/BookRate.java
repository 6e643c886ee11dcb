package dev.rantai.p2p.book;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Book lines per host: a token bucket of {@value #PER_SECOND} blocks a second with a burst of
 * {@value #BURST} (a person typing, or a book node relaying what its user typed, stays far below),
 * for the {@value #HOSTS} hosts seen last. Event loop only.
 */
final class BookRate {
    static final double PER_SECOND = 2;
    static final double BURST = 20;
    static final int HOSTS = 1024;

    private static final class Bucket {
        double tokens = BURST;
        long updatedAt;
    }

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > HOSTS;
        }
    };

    boolean allows(String host, long now) {
        Bucket b = buckets.get(host);
        if (b == null) {
            b = new Bucket();
            b.updatedAt = now;
            buckets.put(host, b);
        }
        b.tokens = Math.min(BURST, b.tokens + (now - b.updatedAt) * PER_SECOND / 1000.0);
        b.updatedAt = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }
}
