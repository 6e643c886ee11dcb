package dev.rantai.chain;

import static dev.rantai.chain.TestBlocks.mined;
import static dev.rantai.chain.TestBlocks.withNonce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BlockRulesTest {
    static final int DIFFICULTY = 8;
    static final ChainParams PARAMS = new ChainParams(DIFFICULTY, "Genesis Block", 10, Duration.ofMinutes(2));
    static final Block GENESIS = Genesis.create(PARAMS);
    static final BlockRules RULES = new BlockRules(PARAMS, GENESIS);
    static final long NOW = 1_732_400_000_000L;
    static final Block PARENT = mined(1, NOW - 60_000, "parent", GENESIS.hash(), DIFFICULTY);

    private static Optional<Rule> broken(Block block, Block parent) {
        return RULES.check(block, Optional.ofNullable(parent), NOW).map(RuleViolation::rule);
    }

    private static Block childOfParent(long timestamp, String data) {
        return mined(PARENT.index() + 1, timestamp, data, PARENT.hash(), DIFFICULTY);
    }

    @Test
    void acceptsAValidChildOfTheGenesisAndOfAnyBlock() {
        assertThat(broken(PARENT, GENESIS)).isEmpty();
        assertThat(broken(childOfParent(NOW, "ok"), PARENT)).isEmpty();
    }

    @Test
    void acceptsTheGenesisOfItsOwnNetwork() {
        assertThat(broken(GENESIS, null)).isEmpty();
    }

    @Test
    void acceptsATimestampEqualToTheParentsAndOneExactlyAtTheAllowedDrift() {
        assertThat(broken(childOfParent(PARENT.timestamp(), "same ms"), PARENT)).isEmpty();
        assertThat(broken(childOfParent(NOW + Duration.ofMinutes(2).toMillis(), "at drift"), PARENT)).isEmpty();
    }

    @Test
    void rejectsMalformedHashesAndNegativeIndexWithFormat() {
        Block valid = childOfParent(NOW, "ok");
        Block upperHash = new Block(valid.index(), valid.timestamp(), valid.data(), valid.previousHash(),
                valid.difficulty(), valid.nonce(), valid.hash().toUpperCase());
        Block shortPrevious = new Block(valid.index(), valid.timestamp(), valid.data(), "00ff", valid.difficulty(),
                valid.nonce(), valid.hash());
        Block negativeIndex = new Block(-1, valid.timestamp(), valid.data(), valid.previousHash(), valid.difficulty(),
                valid.nonce(), valid.hash());

        assertThat(broken(upperHash, PARENT)).contains(Rule.FORMAT);
        assertThat(broken(shortPrevious, PARENT)).contains(Rule.FORMAT);
        assertThat(broken(negativeIndex, PARENT)).contains(Rule.FORMAT);
    }

    @Test
    void rejectsAnIndexZeroBlockThatIsNotThisNetworksGenesis() {
        Block otherNetwork = Genesis.create(new ChainParams(DIFFICULTY, "Another network", 10, Duration.ZERO));
        Block laterTimestamp = TestBlocks.mined(0, 1, GENESIS.data(), Hashes.ZERO_HASH, DIFFICULTY);

        assertThat(broken(otherNetwork, null)).contains(Rule.GENESIS);
        assertThat(broken(laterTimestamp, null)).contains(Rule.GENESIS);
        assertThat(RULES.check(otherNetwork, Optional.empty(), NOW).orElseThrow().message())
                .startsWith("genesis: ").contains(GENESIS.hash());
    }

    @Test
    void rejectsABlockWhoseParentIsUnknownWithParentKnown() {
        assertThat(broken(childOfParent(NOW, "orphan"), null)).contains(Rule.PARENT_KNOWN);
    }

    @Test
    void rejectsABlockWhoseIndexIsNotTheParentsPlusOne() {
        Block skipsAHeight = mined(PARENT.index() + 2, NOW, "skip", PARENT.hash(), DIFFICULTY);
        Block sameHeight = mined(PARENT.index(), NOW, "same", PARENT.hash(), DIFFICULTY);

        assertThat(broken(skipsAHeight, PARENT)).contains(Rule.INDEX);
        assertThat(broken(sameHeight, PARENT)).contains(Rule.INDEX);
    }

    @Test
    void rejectsABlockWhosePreviousHashDoesNotMatchTheParent() {
        Block onGenesis = mined(2, NOW, "elsewhere", GENESIS.hash(), DIFFICULTY);

        assertThat(broken(onGenesis, PARENT)).contains(Rule.PREVIOUS_HASH);
    }

    @Test
    void rejectsABlockWhoseHashIsNotTheHashOfItsHeader() {
        Block valid = childOfParent(NOW, "ok");
        Block otherHash = new Block(valid.index(), valid.timestamp(), valid.data(), valid.previousHash(),
                valid.difficulty(), valid.nonce(), "0000" + "1".repeat(60));
        Block editedData = new Block(valid.index(), valid.timestamp(), "edited", valid.previousHash(),
                valid.difficulty(), valid.nonce(), valid.hash());

        assertThat(broken(otherHash, PARENT)).contains(Rule.HASH);
        assertThat(broken(editedData, PARENT)).contains(Rule.HASH);
    }

    @Test
    void rejectsABlockWhoseHashHasTooFewLeadingZeroBits() {
        Block weak = null;
        for (long nonce = 0; weak == null; nonce++) {
            Block candidate = withNonce(2, NOW, "weak", PARENT.hash(), DIFFICULTY, nonce);
            if (Hashes.leadingZeroBits(Hashes.parseHash(candidate.hash())) < DIFFICULTY) {
                weak = candidate;
            }
        }

        assertThat(broken(weak, PARENT)).contains(Rule.PROOF_OF_WORK);
    }

    @Test
    void rejectsADifficultyOtherThanTheNetworksEvenAHigherOne() {
        Block higher = mined(2, NOW, "harder", PARENT.hash(), DIFFICULTY + 1);
        Block lower = mined(2, NOW, "easier", PARENT.hash(), DIFFICULTY - 1);

        assertThat(broken(higher, PARENT)).contains(Rule.DIFFICULTY);
        assertThat(broken(lower, PARENT)).contains(Rule.DIFFICULTY);
    }

    @Test
    void rejectsATimestampBeforeTheParents() {
        assertThat(broken(childOfParent(PARENT.timestamp() - 1, "early"), PARENT))
                .contains(Rule.TIMESTAMP_BEFORE_PARENT);
    }

    @Test
    void rejectsATimestampFurtherAheadThanTheAllowedDrift() {
        Block ahead = childOfParent(NOW + Duration.ofMinutes(2).toMillis() + 1, "future");

        assertThat(broken(ahead, PARENT)).contains(Rule.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void rejectsEmptyData() {
        assertThat(broken(childOfParent(NOW, ""), PARENT)).contains(Rule.DATA_EMPTY);
        assertThat(RULES.checkData("")).map(RuleViolation::rule).contains(Rule.DATA_EMPTY);
    }

    @Test
    void countsTheLimitInUtf8BytesNotCharacters() {
        // max-data-bytes is 10 here: five 2-byte characters fit, one more ASCII byte does not
        assertThat(RULES.checkData("ééééé")).isEmpty();
        assertThat(RULES.checkData("ééééé" + "a")).map(RuleViolation::rule).contains(Rule.DATA_TOO_LARGE);
        assertThat(RULES.checkData("€€€a")).isEmpty();
        assertThat(RULES.checkData("€€€é")).map(RuleViolation::rule).contains(Rule.DATA_TOO_LARGE);
        assertThat(RULES.checkData("🔗🔗ab")).isEmpty();
        assertThat(RULES.checkData("🔗🔗abc")).map(RuleViolation::rule).contains(Rule.DATA_TOO_LARGE);
        assertThat(RULES.checkData("€€€é").orElseThrow().message()).isEqualTo(
                "data-too-large: data is 11 bytes of UTF-8, at most 10 are allowed");
        assertThat(broken(childOfParent(NOW, "ééééé" + "a"), PARENT)).contains(Rule.DATA_TOO_LARGE);
    }

    @Test
    void rejectsDataWithAnUnpairedSurrogate() {
        assertThat(RULES.checkData("a\uD800b")).map(RuleViolation::rule).contains(Rule.DATA_NOT_UTF8);
        assertThat(RULES.checkData("\uDC00")).map(RuleViolation::rule).contains(Rule.DATA_NOT_UTF8);
        assertThat(RULES.checkData("end\uD83D")).map(RuleViolation::rule).contains(Rule.DATA_NOT_UTF8);
        assertThat(RULES.checkData("pair \uD83D\uDD17")).isEmpty();
    }

    @Test
    void everyRuleHasADashedIdAndADescription() {
        assertThat(Rule.PREVIOUS_HASH.id()).isEqualTo("previous-hash");
        assertThat(Rule.TIMESTAMP_IN_FUTURE.id()).isEqualTo("timestamp-in-future");
        for (Rule rule : Rule.values()) {
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.description()).isNotBlank();
        }
    }

    @Test
    void networkParametersRefuseValuesOutOfRange() {
        assertThatThrownBy(() -> ChainParams.defaults(256)).hasMessageContaining("0..255");
        assertThatThrownBy(() -> ChainParams.defaults(-1)).hasMessageContaining("0..255");
        assertThatThrownBy(() -> new ChainParams(8, "", 10, Duration.ZERO)).hasMessageContaining("genesis data");
        assertThatThrownBy(() -> new ChainParams(8, "g", 0, Duration.ZERO)).hasMessageContaining("max data bytes");
        assertThatThrownBy(() -> new ChainParams(8, "g", 10, Duration.ofSeconds(-1)))
                .hasMessageContaining("drift");
    }
}
