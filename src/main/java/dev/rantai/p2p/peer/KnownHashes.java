package dev.rantai.p2p.peer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent block hashes a peer (or this node) is known to have; the oldest are forgotten.
 * Each remembers whether the peer announced it itself, as opposed to being sent it or having it
 * implied: an honest peer announces a block to this node once, though both may announce it to each
 * other at the same moment.
 */
public final class KnownHashes {
    /** Hash to whether the peer announced it itself. */
    private final Map<String, Boolean> hashes;

    public KnownHashes(int capacity) {
        this.hashes = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the hash as known to the peer; true if it was new. */
    public boolean add(String hash) {
        return hashes.putIfAbsent(hash, Boolean.FALSE) == null;
    }

    /** Records that the peer announced the hash itself; true unless it had announced it before. */
    public boolean announced(String hash) {
        return !Boolean.TRUE.equals(hashes.put(hash, Boolean.TRUE));
    }

    public void forget(String hash) {
        hashes.remove(hash);
    }

    public boolean contains(String hash) {
        return hashes.containsKey(hash);
    }
}
