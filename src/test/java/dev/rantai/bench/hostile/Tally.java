package dev.rantai.bench.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the attacker saw, counted from its sockets: connections, how many the target admitted, how many it
 * closed or refused and with which {@code bye} reasons, and counters and timings of each attack. Thread-safe.
 */
final class Tally {
    private final long startedAt = System.nanoTime();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byes = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicLong firstCutOffMillis = new AtomicLong(-1);

    void count(String name) {
        add(name, 1);
    }

    void add(String name, long n) {
        counters.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    long get(String name) {
        LongAdder a = counters.get(name);
        return a == null ? 0 : a.sum();
    }

    /** One duration of {@code name}: the summary shows their count, median and maximum. */
    void time(String name, long millis) {
        timings.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
    }

    /** The target said bye: counted by reason, with instants and long values cut. */
    void bye(String reason) {
        String r = reason.replaceAll("until \\S+", "until <instant>");
        r = r.length() > 80 ? r.substring(0, 80) + "..." : r;
        byes.computeIfAbsent(r.replaceAll("[^\\x20-\\x7e]", "?"), k -> new LongAdder()).increment();
        cutOff();
    }

    /** The target closed a connection (end of stream, reset, or a failed write). */
    void closedByTarget() {
        count("connections closed by the target");
        cutOff();
    }

    private void cutOff() {
        firstCutOffMillis.compareAndSet(-1, (System.nanoTime() - startedAt) / 1_000_000);
    }

    long firstCutOffMillis() {
        return firstCutOffMillis.get();
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counters).forEach((k, v) -> sb.append(k).append('=').append(v.sum()).append("; "));
        new TreeMap<>(timings).forEach((k, t) -> {
            List<Long> sorted;
            synchronized (t) {
                sorted = new ArrayList<>(t);
            }
            Collections.sort(sorted);
            sb.append(k).append(": n=").append(sorted.size()).append(" median=")
                    .append(sorted.get((sorted.size() - 1) / 2)).append(" ms max=").append(sorted.get(sorted.size() - 1))
                    .append(" ms; ");
        });
        if (!byes.isEmpty()) {
            sb.append("byes: ");
            new TreeMap<>(byes).forEach((k, v) -> sb.append('"').append(k).append("\" x").append(v.sum()).append(", "));
            sb.setLength(sb.length() - 2);
            sb.append("; ");
        }
        sb.append("first cut off ").append(firstCutOffMillis.get() < 0 ? "never" : firstCutOffMillis.get() + " ms in");
        return sb.toString();
    }
}
