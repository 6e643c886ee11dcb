package dev.rantai.chain;

import java.util.List;
import java.util.Optional;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoredBlock;

/**
 * The bookkeeping that keeps every acknowledged datum on the canonical chain exactly once. A
 * datum is known by its origin, the block that first carried it; a block that carries it again
 * after a reorg is a copy of that origin. Inside the transaction that moves the tip:
 * <ul>
 * <li>a local block that becomes canonical again (the origin or any copy) cancels the pending
 * data of its origin, so nothing is mined while the datum is on the chain;</li>
 * <li>a dropped local block queues its data only if no block of the same origin is canonical
 * after the move, and only once per origin;</li>
 * <li>a copy is committed only together with the removal of its pending row, so a copy is made
 * only while no block of its origin is canonical.</li>
 * </ul>
 * Hence a chain never holds two blocks of one origin: a copy was mined on a tip without any, and
 * every later block descends from a tip that had one.
 */
final class Remining {
    private Remining() {
    }

    /**
     * A block joined the canonical chain; returns the pending ids it cancelled (none or one).
     * Call after the whole move is written, so that every canonical block is in place.
     */
    static List<Long> connected(ChainStore.Updater u, StoredBlock block) {
        return block.source().isMinedHere() ? u.removePendingOf(u.originOf(block.hash())) : List.of();
    }

    /**
     * A block left the canonical chain; returns the data to mine again, if it was acknowledged here
     * and no block of its origin is canonical after the move. Call after the whole move is written.
     */
    static Optional<PendingData> disconnected(ChainStore.Updater u, StoredBlock block) {
        if (!block.source().isMinedHere()) {
            return Optional.empty();
        }
        String origin = u.originOf(block.hash());
        if (isCanonical(u, origin) || u.copiesOf(origin).stream().anyMatch(copy -> isCanonical(u, copy))) {
            return Optional.empty();
        }
        String data = block.block().data();
        long id = u.addPending(data, block.source(), origin, block.hash());
        if (id < 0) {
            return Optional.empty();
        }
        return Optional.of(new PendingData(id, data, block.source(), origin, block.hash()));
    }

    /** A copy of {@code pending}'s data was mined as {@code block}: its row goes in the same commit. */
    static boolean mined(ChainStore.Updater u, PendingData pending, Block block) {
        if (!u.removePending(pending.id())) {
            return false;
        }
        u.recordCopy(block.hash(), pending.origin());
        return true;
    }

    private static boolean isCanonical(ChainStore.Updater u, String hash) {
        return u.byHash(hash).map(u::isCanonical).orElse(false);
    }
}
