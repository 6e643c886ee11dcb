package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.ChainStore;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;

/** A restart takes the genesis from its store; only a new store, or another network's, mines it. */
class GenesisOfStoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreGetsTheMinedGenesis() {
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL)) {
            assertThat(Genesis.of(TestNode.PARAMS, store)).isEqualTo(TestNode.RULES.genesis());
        }
    }

    @Test
    void aStoreOfThisNetworkGivesItsOwnGenesisWithoutMining() {
        // a valid genesis of these settings, but not the first nonce: only a read can return it
        Block mined = TestNode.RULES.genesis();
        Block later = TestBlocks.withNonce(0, 0, mined.data(), Hashes.ZERO_HASH, mined.difficulty(), mined.nonce());
        for (long nonce = mined.nonce() + 1; !ProofOfWork.satisfies(Hashes.parseHash(later.hash()),
                mined.difficulty()); nonce++) {
            later = TestBlocks.withNonce(0, 0, mined.data(), Hashes.ZERO_HASH, mined.difficulty(), nonce);
        }
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL)) {
            try (ChainStore.Updater u = store.updater()) {
                u.insert(new StoredBlock(later, Work.of(later.difficulty()), BlockSource.GENESIS, 0));
                u.setCanonical(0, later.hash());
                u.commit();
            }
            assertThat(Genesis.of(TestNode.PARAMS, store)).isEqualTo(later);
        }
    }

    @Test
    void aStoreOfOtherSettingsGetsTheGenesisOfTheseSettingsSoThatOpeningItIsRefused() {
        try (TestNode other = TestNode.start(dir.resolve("other"))) {
            ChainParams harder = ChainParams.defaults(TestNode.DIFFICULTY + 1);

            assertThat(Genesis.of(harder, other.store)).isEqualTo(Genesis.create(harder));
        }
    }
}
