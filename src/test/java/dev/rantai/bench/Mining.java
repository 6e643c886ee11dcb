package dev.rantai.bench;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockHeader;
import dev.rantai.chain.Hashes;

/** Mines one valid block on a parent, in the calling thread: for bench clients that play a peer. */
public final class Mining {
    private Mining() {
    }

    /**
     * A block of {@code data} on {@code parent} whose hash has {@code difficulty} leading zero bits,
     * timestamped now (never before the parent).
     */
    public static Block mine(Block parent, String data, int difficulty) {
        return mine(parent, data, difficulty, Math.max(System.currentTimeMillis(), parent.timestamp()));
    }

    /** As {@link #mine(Block, String, int)}, with the timestamp given (epoch milliseconds). */
    public static Block mine(Block parent, String data, int difficulty, long timestamp) {
        byte[] header = BlockHeader.encode(parent.index() + 1, timestamp, Hashes.parseHash(parent.hash()),
                Hashes.sha256(data), difficulty, 0);
        for (long nonce = 0;; nonce++) {
            BlockHeader.putNonce(header, nonce);
            byte[] hash = Hashes.sha256(header);
            if (Hashes.leadingZeroBits(hash) >= difficulty) {
                return new Block(parent.index() + 1, timestamp, data, parent.hash(), difficulty, nonce,
                        Hashes.hex(hash));
            }
        }
    }
}
