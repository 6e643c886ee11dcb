package dev.rantai.chain;

import java.util.OptionalLong;

/** Builds blocks by hand, valid or broken in exactly one way, for rule and fork tests. */
final class TestBlocks {
    private TestBlocks() {
    }

    /** A block with a nonce that satisfies {@code difficulty} and the hash of its header. */
    static Block mined(long index, long timestamp, String data, String previousHash, int difficulty) {
        byte[] header = BlockHeader.encode(index, timestamp, Hashes.parseHash(previousHash), Hashes.sha256(data),
                difficulty, 0);
        try (ProofOfWork pow = new ProofOfWork(1)) {
            OptionalLong nonce = pow.mine(header, difficulty, () -> false);
            return withNonce(index, timestamp, data, previousHash, difficulty, nonce.orElseThrow());
        }
    }

    static Block child(Block parent, String data) {
        return mined(parent.index() + 1, parent.timestamp() + 1, data, parent.hash(), parent.difficulty());
    }

    /** A block with the given nonce and its correct hash, whether or not that hash meets the difficulty. */
    static Block withNonce(long index, long timestamp, String data, String previousHash, int difficulty, long nonce) {
        Block unhashed = new Block(index, timestamp, data, previousHash, difficulty, nonce, Hashes.ZERO_HASH);
        return new Block(index, timestamp, data, previousHash, difficulty, nonce, unhashed.computeHash());
    }

    /** The same block with its hash recomputed from the header (after a field was changed on purpose). */
    static Block rehashed(Block b) {
        return withNonce(b.index(), b.timestamp(), b.data(), b.previousHash(), b.difficulty(), b.nonce());
    }
}
