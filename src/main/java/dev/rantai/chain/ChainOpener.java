package dev.rantai.chain;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.PendingData;
import dev.rantai.chain.store.StoreException;
import dev.rantai.chain.store.StoredBlock;

/**
 * Opening a store: it must belong to this network; a new one gets the genesis; the newest blocks
 * are verified again, so a damaged or edited file is refused with the height and the rule in the
 * same time whatever the chain's length. A refusal is a {@link StoreException} whose message says
 * what to do.
 */
final class ChainOpener {
    private static final Logger LOG = Logger.getLogger(ChainOpener.class);
    /** At start the newest blocks are re-verified: enough to catch a torn or edited tip. */
    static final int VERIFY_AT_START = 256;
    static final String META_GENESIS = "genesis";
    static final String META_DIFFICULTY = "difficulty";

    /** What an open store holds: its tip, the data of dropped blocks still to mine, the start check. */
    record Opened(ChainTip tip, List<PendingData> pending, VerificationReport check) {
    }

    private ChainOpener() {
    }

    static Opened open(ChainStore store, BlockRules rules) {
        Block genesis = rules.genesis();
        Optional<String> storedGenesis = store.meta(META_GENESIS);
        if (storedGenesis.isPresent() && !storedGenesis.get().equals(genesis.hash())) {
            throw new StoreException(store.location() + " belongs to the network with genesis " + storedGenesis.get()
                    + " (difficulty " + store.meta(META_DIFFICULTY).orElse("?") + "), but this node's settings give "
                    + genesis.hash() + " (difficulty " + rules.params().difficulty()
                    + "). Start with the settings the store was made with, or another rantai.data-dir.");
        }
        if (storedGenesis.isEmpty()) {
            writeGenesis(store, genesis);
        }
        StoredBlock head = store.canonicalTip().orElseThrow(() -> new StoreException(store.location()
                + " failed verification: the canonical heights above "
                + store.canonicalDescending(Long.MAX_VALUE, 1).stream().findFirst().map(StoredBlock::height)
                        .orElse(-1L)
                + " name blocks that are not stored. The file was modified or damaged: restore it from a backup,"
                + " or move it away to let the node sync again from its peers."));
        VerificationReport report = new ChainVerifier(rules).verify(store,
                Math.max(0, head.height() - VERIFY_AT_START + 1), head.height());
        if (!report.valid()) {
            throw new StoreException(store.location() + " failed verification at height "
                    + report.failedHeight().orElse(-1L) + ": " + report.problem().orElse("?")
                    + ". The file was modified or damaged: restore it from a backup, or move it away to let the"
                    + " node sync again from its peers.");
        }
        List<PendingData> pending = store.pendingData();
        if (!pending.isEmpty()) {
            LOG.infof("%d data items of dropped blocks wait to be mined again", pending.size());
        }
        LOG.infof("Chain loaded from %s: height %d, tip %s", store.location(), head.height(), head.hash());
        return new Opened(new ChainTip(head.block(), head.work()), pending, report);
    }

    private static void writeGenesis(ChainStore store, Block genesis) {
        try (ChainStore.Updater u = store.updater()) {
            if (u.canonicalTip().isPresent()) {
                throw new StoreException(store.location() + " holds blocks but no network record: it was not"
                        + " written by this node. Move it away or use another rantai.data-dir.");
            }
            u.insert(new StoredBlock(genesis, Work.of(genesis.difficulty()), BlockSource.GENESIS, 0));
            u.setCanonical(0, genesis.hash());
            u.putMeta(META_GENESIS, genesis.hash());
            u.putMeta(META_DIFFICULTY, Integer.toString(genesis.difficulty()));
            u.commit();
        }
    }
}
