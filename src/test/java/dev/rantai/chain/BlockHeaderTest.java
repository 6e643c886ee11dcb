package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Fixed test vectors of the header encoding; the same vectors are listed in docs/chain.md. */
class BlockHeaderTest {
    static final String GENESIS_DATA_HASH = "89eb0ac031a63d2421cd05a2fbe41f3ea35f5c3712ca839cbf6b85c4ee07b7a3";
    static final String GENESIS_16_HASH = "000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a";
    static final String MULTIBYTE_DATA = "Grüße, 世界 🔗";

    @Test
    void encodesGenesisAtDifficultyZero() {
        Block genesis = Genesis.create(ChainParams.defaults(0));

        assertThat(genesis.nonce()).isZero();
        assertThat(Hashes.hex(BlockHeader.encode(genesis))).isEqualTo(
                "0000000000000000" + "0000000000000000" + "00".repeat(32) + GENESIS_DATA_HASH + "00000000"
                        + "0000000000000000");
        assertThat(genesis.hash()).isEqualTo("330bde8925842b8c75a49b4403a0cc9d7484d558b19e7eb7938b2e51afac6658");
    }

    @Test
    void encodesGenesisAtDifficultySixteen() {
        Block genesis = Genesis.create(ChainParams.defaults(16));

        assertThat(genesis.nonce()).isEqualTo(50444);
        assertThat(Hashes.hex(BlockHeader.encode(genesis))).isEqualTo(
                "0000000000000000" + "0000000000000000" + "00".repeat(32) + GENESIS_DATA_HASH + "00000010"
                        + "000000000000c50c");
        assertThat(genesis.hash()).isEqualTo(GENESIS_16_HASH);
    }

    @Test
    void hashesTheUtf8BytesOfMultibyteData() {
        Block block = new Block(1, 1732400000123L, MULTIBYTE_DATA, GENESIS_16_HASH, 16, 93092,
                "00006cef68c81d083392b74cca08dcff71b75d5fa15abb7e58dffbb917939fe7");

        assertThat(MULTIBYTE_DATA.getBytes(StandardCharsets.UTF_8)).hasSize(20);
        assertThat(Hashes.hex(Hashes.sha256(MULTIBYTE_DATA)))
                .isEqualTo("38979bb15ec4a7441519b197959d868db68479a0275bc2a3c223b0cb5d3d0dd8");
        assertThat(Hashes.hex(BlockHeader.encode(block))).isEqualTo(
                "0000000000000001" + "000001935b162c7b" + GENESIS_16_HASH
                        + "38979bb15ec4a7441519b197959d868db68479a0275bc2a3c223b0cb5d3d0dd8" + "00000010"
                        + "0000000000016ba4");
        assertThat(block.computeHash()).isEqualTo(block.hash());
    }

    @Test
    void encodesLargeIndexTimestampAndNonceAsSignedBigEndianLongs() {
        Block block = new Block(9007199254740993L, 253402300799999L, "x", "ff".repeat(32), 0, Long.MAX_VALUE,
                "00".repeat(32));

        assertThat(Hashes.hex(BlockHeader.encode(block))).isEqualTo(
                "0020000000000001" + "0000e677d21fdbff" + "ff".repeat(32)
                        + "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881" + "00000000"
                        + "7fffffffffffffff");
        assertThat(block.computeHash()).isEqualTo("775ee43ea4d470d013bb8b7cf44f8bc188571afe66a86498cc27d1656aa0bc77");
    }

    @Test
    void headerIsAlways92BytesWithTheNonceLast() {
        byte[] header = BlockHeader.encode(Genesis.create(ChainParams.defaults(0)));
        BlockHeader.putNonce(header, 0x0102030405060708L);

        assertThat(header).hasSize(BlockHeader.SIZE).hasSize(92);
        assertThat(Hashes.hex(header)).endsWith("00000000" + "0102030405060708");
    }

    @Test
    void dataDoesNotChangeTheHeaderSizeSoLargeDataHashesAsFastAsSmall() {
        Block small = new Block(1, 0, "a", Hashes.ZERO_HASH, 0, 0, Hashes.ZERO_HASH);
        Block large = new Block(1, 0, "a".repeat(65536), Hashes.ZERO_HASH, 0, 0, Hashes.ZERO_HASH);

        assertThat(BlockHeader.encode(large)).hasSize(BlockHeader.encode(small).length);
        assertThat(large.computeHash()).isNotEqualTo(small.computeHash());
    }

    @Test
    void refusesHashesThatAreNot32Bytes() {
        assertThatThrownBy(() -> BlockHeader.encode(1, 0, new byte[31], new byte[32], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block(1, 0, "a", "ABC", 0, 0, Hashes.ZERO_HASH).computeHash())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
