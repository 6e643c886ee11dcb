package dev.rantai.chain;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.rantai.chain.store.ChainReader;
import dev.rantai.chain.store.StoredBlock;

/**
 * Re-checks stored canonical blocks: every rule, the link to the previous block, contiguous
 * heights and the recorded work. What it finds names the height and the rule.
 */
public final class ChainVerifier {
    private static final int PAGE = 1_000;
    /** Stored blocks were accepted on an earlier clock: the future-drift rule is not re-applied. */
    private static final long NO_CLOCK = Long.MAX_VALUE / 4;

    private final BlockRules rules;

    public ChainVerifier(BlockRules rules) {
        this.rules = rules;
    }

    /** Verifies canonical heights {@code from..to} inclusive. */
    public VerificationReport verify(ChainReader reader, long from, long to) {
        long started = System.nanoTime();
        long checked = 0;
        Optional<StoredBlock> previous = from == 0 ? Optional.empty() : reader.canonicalAt(from - 1);
        if (from > 0 && previous.isEmpty()) {
            return failed(from, to, checked, from - 1, "no canonical block at height " + (from - 1), started);
        }
        long expected = from;
        while (expected <= to) {
            List<StoredBlock> page = reader.canonicalAscending(expected, (int) Math.min(PAGE, to - expected + 1));
            if (page.isEmpty()) {
                return failed(from, to, checked, expected, "no canonical block at height " + expected, started);
            }
            for (StoredBlock stored : page) {
                Block block = stored.block();
                if (block.index() != expected) {
                    return failed(from, to, checked, expected, "canonical height " + expected
                            + " is missing (next stored is " + block.index() + ")", started);
                }
                Optional<RuleViolation> broken = rules.check(block, previous.map(StoredBlock::block), NO_CLOCK);
                if (broken.isPresent()) {
                    return failed(from, to, checked, expected, broken.get().message(), started);
                }
                BigInteger work = previous.map(StoredBlock::work).orElse(BigInteger.ZERO)
                        .add(Work.of(block.difficulty()));
                if (!work.equals(stored.work())) {
                    return failed(from, to, checked, expected, "recorded chain work " + stored.work()
                            + " differs from the recomputed " + work, started);
                }
                previous = Optional.of(stored);
                expected++;
                checked++;
            }
        }
        return new VerificationReport(true, from, to, checked, Optional.empty(), Optional.empty(), since(started));
    }

    private static VerificationReport failed(long from, long to, long checked, long height, String problem,
            long started) {
        return new VerificationReport(false, from, to, checked, Optional.of(height), Optional.of(problem),
                since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
