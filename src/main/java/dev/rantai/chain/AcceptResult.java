package dev.rantai.chain;

import java.util.Optional;

/** What {@link ChainService#accept} did with a block. */
public record AcceptResult(Outcome outcome, Block block, Optional<RuleViolation> violation) {

    public enum Outcome {
        /** The block is the new tip, on top of the old one. */
        EXTENDED,
        /** The block was already stored. */
        DUPLICATE,
        /** Valid and stored, but its chain has no more work than the canonical one. */
        SIDE_BRANCH,
        /** Its chain has more work: the canonical chain switched to it. */
        REORG,
        /**
         * Its parent is unknown, or its branch reaches a block that is no longer stored (a side block
         * deleted by the {@link SideBranchPolicy}): fetch what is missing from whoever sent it.
         */
        ORPHAN,
        /**
         * Valid, but its branch forks more than the allowed reorg depth below the tip
         * ({@link SideBranchPolicy}), so it can never be taken: not stored. An honest node sends such
         * blocks after a long partition or from a stale chain: refuse it without punishment, and do
         * not ask the sender for more of that branch.
         */
        SIDE_BRANCH_REFUSED,
        /** It breaks a rule; {@link #violation()} says which. */
        INVALID
    }

    static AcceptResult of(Outcome outcome, Block block) {
        return new AcceptResult(outcome, block, Optional.empty());
    }

    static AcceptResult invalid(Block block, RuleViolation violation) {
        return new AcceptResult(Outcome.INVALID, block, Optional.of(violation));
    }

    /** Whether the canonical chain changed because of this block. */
    public boolean movedTip() {
        return outcome == Outcome.EXTENDED || outcome == Outcome.REORG;
    }
}
