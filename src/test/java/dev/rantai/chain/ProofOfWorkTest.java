package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProofOfWorkTest {

    private static byte[] hash(String hex) {
        return HexFormat.of().parseHex(hex + "00".repeat(32 - hex.length() / 2));
    }

    private static byte[] header(String data, int difficulty) {
        return BlockHeader.encode(1, 1732400000123L, new byte[32], Hashes.sha256(data), difficulty, 0);
    }

    private static byte[] hashWithNonce(byte[] header, long nonce) {
        byte[] copy = header.clone();
        BlockHeader.putNonce(copy, nonce);
        return Hashes.sha256(copy);
    }

    @Test
    void countsLeadingZeroBitsAcrossByteBoundaries() {
        assertThat(Hashes.leadingZeroBits(hash("80"))).isZero();
        assertThat(Hashes.leadingZeroBits(hash("7f"))).isEqualTo(1);
        assertThat(Hashes.leadingZeroBits(hash("01"))).isEqualTo(7);
        assertThat(Hashes.leadingZeroBits(hash("0080"))).isEqualTo(8);
        assertThat(Hashes.leadingZeroBits(hash("0040"))).isEqualTo(9);
        assertThat(Hashes.leadingZeroBits(hash("00000f"))).isEqualTo(20);
        assertThat(Hashes.leadingZeroBits(new byte[32])).isEqualTo(256);
    }

    @Test
    void aHashSatisfiesEveryDifficultyUpToItsLeadingZeroBits() {
        byte[] twelveZeros = hash("000f");

        assertThat(ProofOfWork.satisfies(twelveZeros, 0)).isTrue();
        assertThat(ProofOfWork.satisfies(twelveZeros, 12)).isTrue();
        assertThat(ProofOfWork.satisfies(twelveZeros, 13)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 4, 8, 12, 16 })
    void singleThreadFindsTheFirstNonceThatSatisfiesTheDifficulty(int difficulty) {
        byte[] header = header("single " + difficulty, difficulty);
        try (ProofOfWork pow = new ProofOfWork(1)) {
            long nonce = pow.mine(header.clone(), difficulty, () -> false).orElseThrow();

            assertThat(ProofOfWork.satisfies(hashWithNonce(header, nonce), difficulty)).isTrue();
            for (long earlier = 0; earlier < nonce; earlier++) {
                assertThat(ProofOfWork.satisfies(hashWithNonce(header, earlier), difficulty)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 4, 12, 16, 18 })
    void severalThreadsFindAValidNonce(int difficulty) {
        byte[] header = header("parallel " + difficulty, difficulty);
        try (ProofOfWork pow = new ProofOfWork(4)) {
            OptionalLong nonce = pow.mine(header.clone(), difficulty, () -> false);

            assertThat(nonce).isPresent();
            assertThat(ProofOfWork.satisfies(hashWithNonce(header, nonce.getAsLong()), difficulty)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = { 1, 3 })
    void stopsWhenCancelled(int threads) throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (ProofOfWork pow = new ProofOfWork(threads)) {
            // 200 leading zero bits: never found, so only the cancel can end the search
            CompletableFuture<OptionalLong> search = CompletableFuture
                    .supplyAsync(() -> pow.mine(header("never", 200), 200, cancelled::get));
            await().atMost(Duration.ofSeconds(10)).until(() -> pow.attempts() > 50_000);
            cancelled.set(true);

            assertThat(search.get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void refusesLessThanOneThread() {
        assertThatThrownBy(() -> new ProofOfWork(0)).hasMessageContaining("at least 1");
    }

    @Test
    void genesisIsTheSameEveryTimeAndUsesTheFirstSatisfyingNonce() {
        ChainParams params = ChainParams.defaults(14);
        Block genesis = Genesis.create(params);

        assertThat(Genesis.create(params)).isEqualTo(genesis);
        assertThat(genesis.computeHash()).isEqualTo(genesis.hash());
        byte[] header = BlockHeader.encode(genesis);
        for (long earlier = 0; earlier < genesis.nonce(); earlier++) {
            assertThat(ProofOfWork.satisfies(hashWithNonce(header, earlier), 14)).isFalse();
        }
    }

    @Test
    void genesisDoesNotDependOnTheMiningThreadsOfTheNode() {
        ChainParams params = ChainParams.defaults(14);
        Block genesis = Genesis.create(params);
        byte[] header = BlockHeader.encode(genesis);
        try (ProofOfWork four = new ProofOfWork(4)) {
            long parallelNonce = four.mine(header.clone(), 14, () -> false).orElseThrow();

            // several threads may find another valid nonce; the genesis never comes from them
            assertThat(parallelNonce).isGreaterThanOrEqualTo(genesis.nonce());
            assertThat(ProofOfWork.satisfies(hashWithNonce(header, parallelNonce), 14)).isTrue();
        }
        assertThat(Genesis.create(params).hash()).isEqualTo(genesis.hash());
    }

    @Test
    void genesisDiffersBetweenNetworks() {
        Block a = Genesis.create(ChainParams.defaults(8));
        Block b = Genesis.create(ChainParams.defaults(9));
        Block c = Genesis.create(new ChainParams(8, "Other", 1024, Duration.ZERO));

        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(c.hash());
    }
}
