package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;

class ChainServiceSmokeTest {
    @TempDir
    Path dir;

    @Test
    void minesSubmissionsAndKeepsThemAcrossRestart() {
        ChainParams params = ChainParams.defaults(8);
        BlockRules rules = new BlockRules(params, Genesis.create(params));
        String tipHash;
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL);
                ChainService chain = new ChainService(store, rules, new ProofOfWork(1), System::currentTimeMillis,
                        10_000)) {
            chain.start();
            List<CompletableFuture<Block>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(chain.submit("data " + i));
            }
            futures.forEach(CompletableFuture::join);
            assertThat(chain.tip().height()).isEqualTo(50);
            assertThat(chain.verifyAll().valid()).isTrue();
            tipHash = chain.tip().hash();
        }
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL);
                ChainService chain = new ChainService(store, rules, new ProofOfWork(1), System::currentTimeMillis,
                        10_000)) {
            chain.start();
            assertThat(chain.tip().hash()).isEqualTo(tipHash);
        }
    }
}
