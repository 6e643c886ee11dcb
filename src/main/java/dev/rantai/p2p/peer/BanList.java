package dev.rantai.p2p.peer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Addresses refused for a while after misbehaving. Confined to the node's event loop. */
public final class BanList {
    /** One ban: the key (IP or host:port), why, and until when. */
    public record Ban(String key, String reason, Instant until) {
    }

    private final Map<String, Ban> bans = new HashMap<>();
    private final Duration duration;
    private final LongSupplier clock;

    public BanList(Duration duration, LongSupplier clock) {
        this.duration = duration;
        this.clock = clock;
    }

    public Ban ban(String key, String reason) {
        return ban(key, reason, duration);
    }

    /**
     * Refuses the key for a time of its own (a short cool-down rather than the ban of misbehaviour);
     * a longer ban already in force is kept.
     */
    public Ban ban(String key, String reason, Duration forHowLong) {
        Ban ban = new Ban(key, reason, Instant.ofEpochMilli(clock.getAsLong()).plus(forHowLong));
        Optional<Ban> existing = find(key);
        if (existing.isPresent() && existing.get().until().isAfter(ban.until())) {
            return existing.get();
        }
        bans.put(key, ban);
        return ban;
    }

    public Optional<Ban> find(String key) {
        Ban ban = bans.get(key);
        if (ban != null && !ban.until().isAfter(Instant.ofEpochMilli(clock.getAsLong()))) {
            bans.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(ban);
    }

    public boolean isBanned(String key) {
        return find(key).isPresent();
    }

    public List<Ban> active() {
        Instant now = Instant.ofEpochMilli(clock.getAsLong());
        bans.values().removeIf(b -> !b.until().isAfter(now));
        return List.copyOf(bans.values());
    }

    public boolean lift(String key) {
        return bans.remove(key) != null;
    }
}
