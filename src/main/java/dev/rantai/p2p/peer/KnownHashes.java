package dev.rantai.p2p.peer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent block hashes a peer (or this node) is known to have; the oldest are forgotten. */
public final class KnownHashes {
    private final Map<String, Boolean> hashes;

    public KnownHashes(int capacity) {
        this.hashes = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the hash; true if it was new. */
    public boolean add(String hash) {
        return hashes.put(hash, Boolean.TRUE) == null;
    }

    public void forget(String hash) {
        hashes.remove(hash);
    }

    public boolean contains(String hash) {
        return hashes.containsKey(hash);
    }
}
