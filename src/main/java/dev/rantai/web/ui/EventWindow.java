package dev.rantai.web.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live events of one window, bounded: of an event name with a limit only the newest that many
 * are kept, of any other name every one. {@link #drain()} gives what was kept in the order it
 * happened. Payloads are built only when drained, so events a bound drops cost no serialising.
 * Not thread-safe: {@link EventHub} guards it.
 */
final class EventWindow {

    /** One event kept for the window: its place in the order of events, its name, its payload. */
    record Pending(long seq, String name, Supplier<Object> payload) {
    }

    private final Map<String, Integer> limits;
    private final Map<String, ArrayDeque<Pending>> kept = new HashMap<>();
    private long seq;
    private int size;

    /** @param limits per event name, how many of the newest to keep; names not in it are all kept */
    EventWindow(Map<String, Integer> limits) {
        this.limits = Map.copyOf(limits);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(String name, Supplier<Object> payload) {
        ArrayDeque<Pending> events = kept.computeIfAbsent(name, n -> new ArrayDeque<>());
        Integer limit = limits.get(name);
        if (limit != null && events.size() == limit) {
            events.removeFirst();
            size--;
        }
        events.addLast(new Pending(seq++, name, payload));
        size++;
    }

    /** The kept events, oldest first; leaves the window empty. */
    List<Pending> drain() {
        List<Pending> all = new ArrayList<>(size);
        kept.values().forEach(all::addAll);
        all.sort(Comparator.comparingLong(Pending::seq));
        kept.clear();
        size = 0;
        return all;
    }
}
