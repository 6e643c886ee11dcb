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
}
