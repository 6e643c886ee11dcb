package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Work's text form: 96 lowercase hex digits, so that text order is numeric order in the store. */
class WorkTest {

    private static String padded(BigInteger work) {
        String hex = work.toString(16);
        return "0".repeat(96 - hex.length()) + hex;
    }

    @Test
    void isTheNumberInNinetySixHexDigitsForEveryWidth() {
        Random random = new Random(11);
        for (int bits = 0; bits <= 384; bits++) {
            BigInteger work = bits == 0 ? BigInteger.ZERO : new BigInteger(bits, random).setBit(bits - 1);
            String hex = Work.toHex(work);
            assertThat(hex).hasSize(96).isEqualTo(padded(work));
            assertThat(Work.fromHex(hex)).isEqualTo(work);
        }
        assertThat(Work.toHex(BigInteger.ONE.shiftLeft(384).subtract(BigInteger.ONE))).isEqualTo("f".repeat(96));
    }

    @Test
    void keepsNumericOrderAsTextOrder() {
        assertThat(Work.toHex(BigInteger.valueOf(255))).isLessThan(Work.toHex(BigInteger.valueOf(256)));
        assertThat(Work.toHex(Work.of(8).multiply(BigInteger.valueOf(1000))))
                .isLessThan(Work.toHex(Work.of(20)));
    }

    @Test
    void refusesWhatDoesNotFit() {
        assertThatThrownBy(() -> Work.toHex(BigInteger.ONE.shiftLeft(384)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Work.toHex(BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
