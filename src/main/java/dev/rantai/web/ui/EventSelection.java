package dev.rantai.web.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events a stream asked for with {@code ?events=} (names separated by commas), or all of them.
 * {@code hello} and {@code resync} always come: a page needs them to know where it stands.
 *
 * <p>
 * Why: a page that shows no block list (the network page) has no use for the 25 block and 20
 * {@code p2p} events of every window; at 1,000 blocks/s they made up nearly all of its stream, and
 * its browser parsed and dispatched them twice a second for nothing.
 */
public record EventSelection(Set<String> names) {
    /** The events a stream can ask for. */
    public static final Set<String> SELECTABLE = Set.of("block", "tip", "reorg", "peers", "p2p");
    public static final EventSelection ALL = new EventSelection(SELECTABLE);

    public EventSelection {
        names = Set.copyOf(names);
    }

    /**
     * The selection a query parameter asks for: absent means every event; otherwise a list of names
     * from {@link #SELECTABLE} separated by commas, at least one: an empty value is refused like the paging
     * parameters' (most likely a script that lost its list), not read as "all" or "none".
     *
     * @throws IllegalArgumentException naming what is not an event, and the events there are
     */
    public static EventSelection parse(Optional<String> query) {
        if (query.isEmpty()) {
            return ALL;
        }
        if (query.get().isBlank()) {
            throw new IllegalArgumentException("events is empty: name at least one of "
                    + String.join(", ", new TreeSet<>(SELECTABLE)) + ", or leave the parameter out for all of them");
        }
        List<String> unknown = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (String name : query.get().split(",", -1)) {
            String n = name.trim();
            if (SELECTABLE.contains(n)) {
                names.add(n);
            } else {
                unknown.add('"' + n + '"');
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("events: " + String.join(", ", unknown) + " is not an event; ask for"
                    + " some of " + String.join(", ", new TreeSet<>(SELECTABLE)) + ", separated by commas");
        }
        return new EventSelection(names);
    }

    /** Whether a stream with this selection gets events of this name. */
    public boolean accepts(String name) {
        return names.contains(name) || name.equals("hello") || name.equals("resync");
    }

    /** Whether any of the names is selected. */
    public boolean acceptsAny(String... any) {
        return Arrays.stream(any).anyMatch(names::contains);
    }
}
