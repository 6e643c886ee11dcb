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

    ForkChoice(BlockRules rules) {
        this.rules = rules;
    }

    Batch begin(ChainTip tip, long nowMillis) {
        return new Batch(tip, nowMillis);
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
            u.insert(stored);
            written = true;
            if (!tip.isBeatenBy(stored.work(), block.hash())) {
                return AcceptResult.of(AcceptResult.Outcome.SIDE_BRANCH, block);
            }
            ChainTip previous = tip;
            ChainTip next = new ChainTip(block, stored.work());
            if (onTip) {
                u.setCanonical(block.index(), block.hash());
                tip = next;
                // Consecutive extensions are one move of the tip: a sync batch is one change, not 500.
                if (run.isEmpty()) {
                    runFrom = previous;
                }
                run.add(stored);
                return AcceptResult.of(AcceptResult.Outcome.EXTENDED, block);
            }
            closeRun();
            reorganize(u, stored, previous, next);
            return AcceptResult.of(AcceptResult.Outcome.REORG, block);
        }

        /** Switches the canonical chain to the branch ending in {@code newTip}, inside the open transaction. */
        private void reorganize(ChainStore.Updater u, StoredBlock newTip, ChainTip previous, ChainTip next) {
            List<StoredBlock> branch = new ArrayList<>();
            StoredBlock cursor = newTip;
            while (!u.isCanonical(cursor)) {
                branch.add(cursor);
                String parentHash = cursor.block().previousHash();
                cursor = u.byHash(parentHash).orElseThrow(() -> new IllegalStateException(
                        "stored block " + parentHash + " vanished during a reorg"));
            }
            Collections.reverse(branch);
            long forkHeight = cursor.height();
            List<StoredBlock> oldBranch = u.canonicalAscending(forkHeight + 1,
                    (int) Math.min(Integer.MAX_VALUE, previous.height() - forkHeight));
            u.truncateCanonicalAbove(forkHeight);
            for (StoredBlock b : branch) {
                u.setCanonical(b.height(), b.hash());
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
            }
            List<StoredBlock> disconnected = new ArrayList<>(oldBranch);
            Collections.reverse(disconnected);
            tip = next;
            changes.add(new TipChange(previous, next, List.copyOf(branch), List.copyOf(disconnected)));
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
