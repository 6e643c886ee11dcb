package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void isHexOfMatchesTheHexFormExactlyAndNothingElse() {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String hex = Hashes.hex(bytes);
            assertThat(Hashes.isHexOf(bytes, hex)).isTrue();
            int at = random.nextInt(64);
            char other = hex.charAt(at) == 'f' ? '0' : (char) (hex.charAt(at) == '9' ? 'a' : hex.charAt(at) + 1);
            assertThat(Hashes.isHexOf(bytes, hex.substring(0, at) + other + hex.substring(at + 1))).isFalse();
            assertThat(Hashes.isHexOf(bytes, hex.toUpperCase())).isEqualTo(hex.equals(hex.toUpperCase()));
        }
        byte[] zeros = new byte[32];
        assertThat(Hashes.isHexOf(zeros, Hashes.ZERO_HASH)).isTrue();
        assertThat(Hashes.isHexOf(zeros, Hashes.ZERO_HASH.substring(1))).isFalse();
        assertThat(Hashes.isHexOf(zeros, Hashes.ZERO_HASH + "0")).isFalse();
        assertThat(Hashes.isHexOf(zeros, null)).isFalse();
    }
}
