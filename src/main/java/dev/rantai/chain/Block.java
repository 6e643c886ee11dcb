package dev.rantai.chain;

/**
 * A block as it is stored, served and sent to peers. Hashes are 64 lowercase hex digits,
 * the timestamp is in epoch milliseconds.
 */
public record Block(long index, long timestamp, String data, String previousHash, int difficulty, long nonce,
        String hash) {

    public Block {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (previousHash == null || hash == null) {
            throw new IllegalArgumentException("previousHash and hash must not be null");
        }
    }

    public boolean isGenesis() {
        return index == 0;
    }

    /**
     * Its size as this node counts it against a peer's budgets, in KiB: one for the block, and one
     * for each whole KiB of data (in characters). At least 1, so a block with no data costs too.
     */
    public int kib() {
        return 1 + data.length() / 1024;
    }

    /** The hash of this block's header, recomputed from its fields. */
    public String computeHash() {
        return Hashes.hex(BlockHeader.hash(this));
    }
}
