package dev.rantai.p2p.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rantai.p2p.Session;

/**
 * Which inbound peer gives way when the inbound slots are full and a newcomer arrives: the idea of
 * Bitcoin Core's {@code AttemptToEvictConnection}. The peers that are hardest for an attacker to
 * imitate are protected: the {@value #PROTECT_EACH} that delivered valid new blocks last, the
 * {@value #PROTECT_EACH} with the lowest round-trip time, and the {@value #PROTECT_EACH} connected
 * longest. Of the rest, the youngest connection of the network group with the most connections goes;
 * if nobody is left, nobody goes and the newcomer is refused.
 */
final class Eviction {
    static final int PROTECT_EACH = 4;

    private Eviction() {
    }

    static Optional<Session> select(List<Session> inbound) {
        List<Session> candidates = new ArrayList<>(inbound);
        protect(candidates, Comparator.comparingLong(Session::lastBlockAt).reversed(), s -> s.lastBlockAt() > 0);
        protect(candidates, Comparator.comparingLong(Session::rttMillis), s -> s.rttMillis() >= 0);
        protect(candidates, Comparator.comparingLong(Session::admittedAt), s -> true);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Session>> byGroup = new HashMap<>();
        for (Session s : candidates) {
            byGroup.computeIfAbsent(NetGroup.of(s.remoteHost()), g -> new ArrayList<>()).add(s);
        }
        List<Session> largest = byGroup.values().stream()
                .max(Comparator.<List<Session>> comparingInt(List::size)
                        .thenComparingLong(g -> g.stream().mapToLong(Session::admittedAt).max().orElse(0)))
                .orElseThrow();
        return largest.stream().max(Comparator.comparingLong(Session::admittedAt));
    }

    private static void protect(List<Session> candidates, Comparator<Session> best,
            java.util.function.Predicate<Session> eligible) {
        candidates.stream().filter(eligible).sorted(best).limit(PROTECT_EACH).toList().forEach(candidates::remove);
    }
}
