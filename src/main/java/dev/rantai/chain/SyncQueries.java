package dev.rantai.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import dev.rantai.chain.store.ChainReader;
import dev.rantai.chain.store.StoredBlock;

/** What peers ask of the chain to sync: a locator of this node's chain, and the blocks after theirs. Any thread. */
final class SyncQueries {
    /** Blocks read at a time when an answer has a byte budget. */
    private static final int BYTE_BUDGET_PAGE = 64;

    private final ChainReader store;
    private final Block genesis;

    SyncQueries(ChainReader store, Block genesis) {
        this.store = store;
        this.genesis = genesis;
    }

    /** The last ten hashes of the canonical chain, then exponentially sparser, the genesis last. */
    List<String> locator() {
        return locator(Optional.empty());
    }

    /**
     * As {@link #locator()}, preceded by {@code branchTip} while it is a stored side block: a peer
     * whose chain holds it answers with the blocks after it, the branch's next ones, rather than the
     * blocks after the fork point that this node has already (Bitcoin Core builds its locator from
     * the best header it knows, side branch or not).
     */
    List<String> locator(Optional<String> branchTip) {
        return store.snapshot(r -> {
            long height = r.canonicalTip().map(StoredBlock::height).orElse(0L);
            List<String> hashes = new ArrayList<>();
            branchTip.flatMap(hash -> sideBlock(r, hash)).ifPresent(b -> hashes.add(b.hash()));
            long step = 1;
            for (long h = height; h > 0; h -= step) {
                r.canonicalAt(h).ifPresent(b -> hashes.add(b.hash()));
                if (hashes.size() >= 10) {
                    step *= 2;
                }
            }
            hashes.add(genesis.hash());
            return hashes;
        });
    }

    /**
     * The canonical blocks after the locator, read from one state of the chain: an answer is always
     * a chain that follows a hash of the locator (or the genesis), even while a reorg is committed.
     */
    List<Block> blocksAfter(List<String> locator, int limit) {
        return store.snapshot(r -> r.canonicalBlocks(startAfter(r, locator), limit));
    }

    List<Block> blocksAfter(List<String> locator, int limit, long maxBytes, ToLongFunction<Block> sizeOf) {
        return store.snapshot(r -> {
            List<Block> out = new ArrayList<>();
            long from = startAfter(r, locator);
            long bytes = 0;
            while (out.size() < limit) {
                int asked = Math.min(BYTE_BUDGET_PAGE, limit - out.size());
                List<Block> page = r.canonicalBlocks(from, asked);
                for (Block b : page) {
                    bytes += sizeOf.applyAsLong(b);
                    if (bytes > maxBytes && !out.isEmpty()) {
                        return out;
                    }
                    out.add(b);
                }
                if (page.size() < asked) {
                    break;
                }
                from = page.get(page.size() - 1).index() + 1;
            }
            return out;
        });
    }

    /**
     * The height after the newest locator hash that is on the canonical chain; 1 if none is: every
     * node of the network has the genesis, so an answer never repeats it (docs/protocol.md).
     */
    private static long startAfter(ChainReader r, List<String> locator) {
        for (String hash : locator) {
            Optional<StoredBlock> known = r.byHash(hash);
            if (known.isPresent() && r.isCanonical(known.get())) {
                return known.get().height() + 1;
            }
        }
        return 1;
    }

    /** Whether a block with this hash is stored and not canonical. */
    boolean isSideBlock(String hash) {
        return store.snapshot(r -> sideBlock(r, hash).isPresent());
    }

    private static Optional<StoredBlock> sideBlock(ChainReader r, String hash) {
        return r.byHash(hash).filter(b -> !r.isCanonical(b));
    }

    boolean isStored(String hash) {
        return store.contains(hash);
    }
}
