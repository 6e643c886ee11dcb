package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** The fork-choice order, by work and by height: the same answer for blocks of one network. */
class ChainTipTest {
    private static final int DIFFICULTY = 8;
    private static final String LOW = "00" + "1".repeat(62);
    private static final String MID = "00" + "5".repeat(62);
    private static final String HIGH = "00" + "9".repeat(62);

    @Test
    void aBlockAtAHeightBeatsTheTipExactlyWhenItsBranchOfEqualDifficultyWould() {
        ChainTip tip = tipAt(10, MID);
        for (long height = 8; height <= 12; height++) {
            for (String hash : new String[] { LOW, MID, HIGH }) {
                assertThat(tip.isBeatenByBlockAt(height, hash)).as("height %d, hash %s", height, hash)
                        .isEqualTo(tip.isBeatenBy(workAt(height), hash));
            }
        }
        assertThat(tip.isBeatenByBlockAt(11, HIGH)).isTrue();
        assertThat(tip.isBeatenByBlockAt(10, LOW)).isTrue();
        assertThat(tip.isBeatenByBlockAt(10, MID)).as("the tip itself").isFalse();
        assertThat(tip.isBeatenByBlockAt(10, HIGH)).isFalse();
        assertThat(tip.isBeatenByBlockAt(9, LOW)).isFalse();
    }

    private static ChainTip tipAt(long height, String hash) {
        return new ChainTip(new Block(height, 0, "tip", "0".repeat(64), DIFFICULTY, 0, hash), workAt(height));
    }

    /** The work of a branch of {@code height + 1} blocks (the genesis counts) at the difficulty. */
    private static BigInteger workAt(long height) {
        return Work.of(DIFFICULTY).multiply(BigInteger.valueOf(height + 1));
    }
}
