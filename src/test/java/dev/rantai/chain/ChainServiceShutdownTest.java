package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;

/** What a stop in the middle of mining tells submitters must be what the store holds afterwards. */
class ChainServiceShutdownTest {
    private static final int SUBMISSIONS = 400;

    @TempDir
    Path dir;

    @Test
    void closeWhileMiningAcknowledgesExactlyTheBlocksThatWereStored() {
        ChainParams params = ChainParams.defaults(12);
        BlockRules rules = new BlockRules(params, Genesis.create(params));
        List<CompletableFuture<Block>> futures = new ArrayList<>();
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL);
                ChainService chain = new ChainService(store, rules, new ProofOfWork(1), System::currentTimeMillis,
                        10_000)) {
            chain.start();
            for (int i = 0; i < SUBMISSIONS; i++) {
                futures.add(chain.submit("item " + i));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> chain.tip().height() >= 5);
            chain.close();
        }

        Set<String> acknowledged = new HashSet<>();
        int refused = 0;
        for (CompletableFuture<Block> f : futures) {
            assertThat(f).as("every submission is answered by the stop").isDone();
            try {
                acknowledged.add(f.join().data());
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(ChainUnavailableException.class);
                refused++;
            }
        }
        assertThat(refused).as("stopped before the queue was mined").isPositive();

        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.NORMAL)) {
            Set<String> stored = new HashSet<>();
            for (StoredBlock b : store.canonicalAscending(1, SUBMISSIONS)) {
                stored.add(b.block().data());
            }
            assertThat(stored).isEqualTo(acknowledged);
            assertThat(new ChainVerifier(rules).verify(store, 0, stored.size()).valid()).isTrue();
        }
    }
}
