package dev.rantai.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoredBlock;

/**
 * The one component that moves the tip. The most work wins, and on equal work the lower tip hash
 * ({@link ChainTip#isBeatenBy}). Takes blocks, received and mined here alike, into one store
 * transaction: checks every rule, stores every valid block, extends the canonical chain or
 * switches it to a better branch (a reorg), and keeps the re-mining bookkeeping of
 * {@link Remining} in the same transaction.
 */
final class ForkChoice {
    private final BlockRules rules;
    private final SideBranchPolicy policy;
    /** Bytes of the side blocks, as committed. Writer thread only. */
    private long sideBytes;

    ForkChoice(BlockRules rules, SideBranchPolicy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    /** The side blocks a store held when it opened. */
    void opened(long storedSideBytes) {
        sideBytes = storedSideBytes;
    }

    Batch begin(ChainTip tip, long nowMillis) {
        return new Batch(tip, nowMillis);
    }

    /** A batch's transaction committed: its side blocks are the store's now. */
    void committed(Batch batch) {
        sideBytes = batch.sideBytes;
    }

    /** Bytes of the side blocks as last committed. */
    long sideBytes() {
        return sideBytes;
    }

    /** The work of one writer transaction. Not thread-safe: it lives on the writer. */
    final class Batch {
        private final long now;
        private ChainTip tip;
        private boolean written;
        private final List<TipChange> changes = new ArrayList<>();
        /** Blocks connected one after the other on the tip since the last change, and the tip before them. */
        private final List<StoredBlock> run = new ArrayList<>();
        private ChainTip runFrom;
        private final List<PendingData> dropped = new ArrayList<>();
        private final List<Long> cancelled = new ArrayList<>();
        private long sideBytes = ForkChoice.this.sideBytes;
        /** The first side block this batch listed, -1 before it lists one. */
        private long firstSideSeq = -1;

        private Batch(ChainTip tip, long now) {
            this.tip = tip;
            this.now = now;
        }

        /**
         * A block this node mined on the tip; {@code pending} is set when it carries the data of a
         * dropped block, whose row goes in the same transaction. {@code DUPLICATE} and nothing
         * written if that row is gone: the datum is on the chain again.
         */
        AcceptResult acceptMined(ChainStore.Updater u, Block block, BlockSource source,
                Optional<PendingData> pending) {
            if (pending.isPresent() && !Remining.mined(u, pending.get(), block)) {
                return AcceptResult.of(AcceptResult.Outcome.DUPLICATE, block);
            }
            return accept(u, block, source);
        }

        AcceptResult accept(ChainStore.Updater u, Block block, BlockSource source) {
            // A stored child of the tip would have more work than the tip and so be the tip: a block
            // on the tip is new without a look-up, which spares one index read per block of a sync batch.
            boolean onTip = block.previousHash().equals(tip.hash());
            if (block.hash().equals(tip.hash()) || (!onTip && u.contains(block.hash()))) {
                return AcceptResult.of(AcceptResult.Outcome.DUPLICATE, block);
            }
            if (block.index() == 0) {
                // Our genesis is always stored, so any other index-0 block breaks the genesis rule.
                return rules.check(block, Optional.empty(), now).map(v -> AcceptResult.invalid(block, v))
                        .orElseGet(() -> AcceptResult.of(AcceptResult.Outcome.DUPLICATE, block));
            }
            Optional<StoredBlock> parent = onTip
                    ? Optional.of(new StoredBlock(tip.block(), tip.work(), BlockSource.PEER, 0))
                    : u.byHash(block.previousHash());
            Optional<RuleViolation> broken = rules.check(block, parent.map(StoredBlock::block), now);
            if (broken.isPresent()) {
                return broken.get().rule() == Rule.PARENT_KNOWN
                        ? AcceptResult.of(AcceptResult.Outcome.ORPHAN, block)
                        : AcceptResult.invalid(block, broken.get());
            }
            StoredBlock stored = new StoredBlock(block, parent.get().work().add(Work.of(block.difficulty())), source,
                    now);
            if (!tip.isBeatenBy(stored.work(), block.hash())) {
                // Its parent is canonical or a side block kept within the depth, so the height alone tells
                // whether its branch forks deeper than allowed.
                if (block.index() <= tip.height() - policy.maxReorgDepth()) {
                    return AcceptResult.of(AcceptResult.Outcome.SIDE_BRANCH_REFUSED, block);
                }
                u.insert(stored);
                written = true;
                markSide(u, stored);
                return AcceptResult.of(AcceptResult.Outcome.SIDE_BRANCH, block);
            }
            ChainTip previous = tip;
            ChainTip next = new ChainTip(block, stored.work());
            if (onTip) {
                u.insert(stored);
                written = true;
                u.setCanonical(block.index(), block.hash());
                tip = next;
                // Consecutive extensions are one move of the tip: a sync batch is one change, not 500.
                if (run.isEmpty()) {
                    runFrom = previous;
                }
                run.add(stored);
                return AcceptResult.of(AcceptResult.Outcome.EXTENDED, block);
            }
            // A reorg: first the branch down to the canonical chain, nothing written if it cannot be taken.
            List<StoredBlock> branch = new ArrayList<>();
            StoredBlock cursor = parent.get();
            while (!u.isCanonical(cursor)) {
                if (tip.height() - cursor.height() >= policy.maxReorgDepth()) {
                    return AcceptResult.of(AcceptResult.Outcome.SIDE_BRANCH_REFUSED, block);
                }
                branch.add(cursor);
                Optional<StoredBlock> up = u.byHash(cursor.block().previousHash());
                if (up.isEmpty()) {
                    // a side block of the branch was deleted: the sender can send the branch again
                    return AcceptResult.of(AcceptResult.Outcome.ORPHAN, block);
                }
                cursor = up.get();
            }
            if (tip.height() - cursor.height() > policy.maxReorgDepth()) {
                return AcceptResult.of(AcceptResult.Outcome.SIDE_BRANCH_REFUSED, block);
            }
            Collections.reverse(branch);
            branch.add(stored);
            u.insert(stored);
            written = true;
            closeRun();
            reorganize(u, branch, cursor.height(), previous, next);
            return AcceptResult.of(AcceptResult.Outcome.REORG, block);
        }

        /**
         * Switches the canonical chain to {@code branch} (oldest first, its parent canonical at
         * {@code forkHeight}), inside the open transaction.
         */
        private void reorganize(ChainStore.Updater u, List<StoredBlock> branch, long forkHeight, ChainTip previous,
                ChainTip next) {
            List<StoredBlock> oldBranch = u.canonicalAscending(forkHeight + 1,
                    (int) Math.min(Integer.MAX_VALUE, previous.height() - forkHeight));
            u.truncateCanonicalAbove(forkHeight);
            for (StoredBlock b : branch) {
                u.setCanonical(b.height(), b.hash());
                u.unmarkSide(b.hash());
            }
            // Once the whole branch is in place: a datum of ours is pending only if none of its blocks is canonical.
            for (StoredBlock b : branch) {
                List<Long> gone = Remining.connected(u, b);
                if (!gone.isEmpty() && !dropped.removeIf(p -> gone.contains(p.id()))) {
                    cancelled.addAll(gone);
                }
            }
            for (StoredBlock old : oldBranch) {
                Remining.disconnected(u, old).ifPresent(dropped::add);
                markSide(u, old);
            }
            List<StoredBlock> disconnected = new ArrayList<>(oldBranch);
            Collections.reverse(disconnected);
            tip = next;
            changes.add(new TipChange(previous, next, List.copyOf(branch), List.copyOf(disconnected)));
        }

        /** Peers' blocks that are not canonical count against the side-branch budget; ours are kept. */
        private void markSide(ChainStore.Updater u, StoredBlock b) {
            if (b.source() != BlockSource.PEER) {
                return;
            }
            if (firstSideSeq < 0) {
                firstSideSeq = u.nextSideSeq();
            }
            long bytes = SideBranchPolicy.storedBytes(b.block());
            u.markSide(b.hash(), b.height(), bytes);
            sideBytes += bytes;
        }

        /**
         * Applies the side-branch policy before the commit: side blocks that fell more than the
         * allowed depth below the tip are deleted, then the oldest until the side blocks fit the
         * budget again. Side blocks of this transaction are kept, so one batch that carries a whole
         * branch is taken whatever its size.
         */
        void finish(ChainStore.Updater u) {
            long floor = tip.height() - policy.maxReorgDepth();
            if (floor > 0) {
                sideBytes -= u.deleteSideAtOrBelow(floor);
            }
            if (sideBytes > policy.budgetBytes()) {
                sideBytes -= u.deleteOldestSide(sideBytes - policy.budgetBytes(),
                        firstSideSeq < 0 ? Long.MAX_VALUE : firstSideSeq);
            }
        }

        boolean changed() {
            return written;
        }

        ChainTip tip() {
            return tip;
        }

        List<TipChange> changes() {
            closeRun();
            return changes;
        }

        private void closeRun() {
            if (!run.isEmpty()) {
                changes.add(new TipChange(runFrom, tip, List.copyOf(run), List.of()));
                run.clear();
            }
        }

        /** Ids of pending data queued before this batch that it cancelled: a block of its datum is canonical again. */
        List<Long> cancelled() {
            return cancelled;
        }

        /** Data of local blocks this batch dropped, oldest first, to be mined again. */
        List<PendingData> dropped() {
            List<PendingData> oldestFirst = new ArrayList<>(dropped);
            oldestFirst.sort((a, b) -> Long.compare(a.id(), b.id()));
            return oldestFirst;
        }
    }
}
