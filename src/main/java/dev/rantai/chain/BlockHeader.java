package dev.rantai.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The 92-byte header that is hashed: index (int64) | timestamp (int64) | previousHash (32) |
 * SHA-256 of the data's UTF-8 bytes (32) | difficulty (int32) | nonce (int64), big-endian.
 * Fixed widths make the encoding unambiguous, and mining rehashes 92 bytes, never the data.
 */
public final class BlockHeader {
    public static final int SIZE = 92;
    public static final int NONCE_OFFSET = 84;

    private BlockHeader() {
    }

    public static byte[] encode(long index, long timestamp, byte[] previousHash, byte[] dataHash, int difficulty,
            long nonce) {
        if (previousHash.length != Hashes.HASH_BYTES || dataHash.length != Hashes.HASH_BYTES) {
            throw new IllegalArgumentException("hashes must be 32 bytes");
        }
        return ByteBuffer.allocate(SIZE)
                .putLong(index)
                .putLong(timestamp)
                .put(previousHash)
                .put(dataHash)
                .putInt(difficulty)
                .putLong(nonce)
                .array();
    }

    public static byte[] encode(Block block) {
        return encode(block.index(), block.timestamp(), Hashes.parseHash(block.previousHash()),
                Hashes.sha256(block.data().getBytes(StandardCharsets.UTF_8)), block.difficulty(), block.nonce());
    }

    public static byte[] hash(Block block) {
        return Hashes.sha256(encode(block));
    }

    /** Writes a nonce into an encoded header in place, as the miner does for every attempt. */
    public static void putNonce(byte[] header, long nonce) {
        for (int i = 7; i >= 0; i--) {
            header[NONCE_OFFSET + i] = (byte) nonce;
            nonce >>>= 8;
        }
    }
}
