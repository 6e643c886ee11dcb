package dev.rantai.chain;

import java.math.BigInteger;

/** The head of the canonical chain and the total work behind it. */
public record ChainTip(Block block, BigInteger work) {
    public long height() {
        return block.index();
    }

    public String hash() {
        return block.hash();
    }

    /**
     * Whether a chain ending in {@code otherHash} with {@code otherWork} is the better one: more
     * work, or as much work and a lower tip hash. The tie-break is the same on every node, so two
     * branches of equal work cannot keep a network split until someone mines again.
     */
    public boolean isBeatenBy(BigInteger otherWork, String otherHash) {
        int byWork = otherWork.compareTo(work);
        return byWork > 0 || (byWork == 0 && otherHash.compareTo(hash()) < 0);
    }

    /**
     * Whether a block at {@code otherHeight} that hashes to {@code otherHash} would be the better tip,
     * should its branch prove valid: the same order as {@link #isBeatenBy(BigInteger, String)}, read
     * from the height alone, since every block of a network has the network's difficulty
     * ({@link Rule#DIFFICULTY}) and a branch's work therefore grows with its height. No look-up.
     */
    public boolean isBeatenByBlockAt(long otherHeight, String otherHash) {
        return otherHeight > height() || (otherHeight == height() && otherHash.compareTo(hash()) < 0);
    }
}
