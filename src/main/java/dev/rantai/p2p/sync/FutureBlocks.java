package dev.rantai.p2p.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.rantai.chain.Block;
import dev.rantai.p2p.Session;

/**
 * Blocks that are valid but not yet acceptable here: their timestamp is further ahead of this node's
 * clock than the allowed drift. An honest node whose clock runs a little ahead sends such blocks, so
 * they are not punished; they wait here, at most {@value #MAX_BLOCKS} in all and
 * {@value #MAX_PER_PEER} of one peer, and are offered to the chain again once their time has come.
 * Keyed by the hash this node computed. Event loop only.
 */
public final class FutureBlocks {
    static final int MAX_BLOCKS = 64;
    static final int MAX_PER_PEER = 8;

    /** A block waiting, with the peer that sent it. */
    public record Waiting(Block block, Session from) {
    }

    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private Consumer<String> onEvicted = hash -> {
    };

    /**
     * Tells {@code listener} the hash of each block pushed out to make room for another: it will not be
     * offered to the chain again, so whatever remembers it as waiting (the relay's blocks seen) forgets it.
     */
    public void onEvicted(Consumer<String> listener) {
        onEvicted = listener;
    }

    /**
     * Keeps the block if there is room for it (the oldest goes when the memory is full, told to
     * {@link #onEvicted}); true if it waits here now (it may have waited already), false if the peer
     * has no room left.
     */
    public boolean hold(Block block, Session from) {
        if (waiting.containsKey(block.hash())) {
            return true;
        }
        long fromPeer = waiting.values().stream().filter(w -> w.from() == from).count();
        if (fromPeer >= MAX_PER_PEER) {
            return false;
        }
        if (waiting.size() >= MAX_BLOCKS) {
            String oldest = waiting.keySet().iterator().next();
            waiting.remove(oldest);
            onEvicted.accept(oldest);
        }
        waiting.put(block.hash(), new Waiting(block, from));
        return true;
    }

    /** The blocks whose timestamp is now within {@code driftMillis} of {@code now}, removed from the memory, oldest first. */
    public List<Waiting> due(long now, long driftMillis) {
        List<Waiting> due = new ArrayList<>();
        waiting.values().removeIf(w -> {
            if (w.block().timestamp() <= now + driftMillis) {
                due.add(w);
                return true;
            }
            return false;
        });
        due.sort((a, b) -> Long.compare(a.block().index(), b.block().index()));
        return due;
    }

    /** Whether the block with this hash (as this node computed it) waits here. */
    public boolean holds(String hash) {
        return waiting.containsKey(hash);
    }

    public int size() {
        return waiting.size();
    }
}
