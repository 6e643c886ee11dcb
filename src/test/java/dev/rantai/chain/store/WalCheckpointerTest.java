package dev.rantai.chain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Work;

/** Checkpoints run on their own thread, not inside the commit that takes the log past SQLite's default. */
class WalCheckpointerTest {
    @TempDir
    Path dir;

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theLogIsCopiedIntoTheFileByTheCheckpointThreadWhileTheWriterOnlyKeepsABackstop() throws SQLException {
        SQLiteDataSource readers = Stores.dataSource(dir);
        SqliteFiles.migrate(SqliteFiles.flyway(readers), dir);
        Connection writer = SqliteFiles.openWriter(dir, SyncMode.NORMAL);
        try (SqliteChainStore store = new SqliteChainStore(readers, writer, dir.toString(), () -> {
        })) {
            assertThat(pragma(writer, "wal_autocheckpoint")).isEqualTo(WalCheckpointer.WRITER_BACKSTOP_PAGES);

            // 3,000 blocks of 1 KiB in 30 commits: well past SQLite's default of 1,000 log pages, far below the backstop.
            String previous = "0".repeat(64);
            String data = "x".repeat(1024);
            for (int commit = 0; commit < 30; commit++) {
                try (ChainStore.Updater u = store.updater()) {
                    for (int i = 0; i < 100; i++) {
                        long height = commit * 100L + i + 1;
                        String hash = String.format("%064x", height * 7919);
                        u.insert(new StoredBlock(new Block(height, height, data, previous, 0, 0, hash),
                                Work.of(0), BlockSource.PEER, height));
                        u.setCanonical(height, hash);
                        previous = hash;
                    }
                    u.commit();
                }
            }

            WalCheckpointer checkpointer = store.checkpointer();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                long[] last = checkpointer.lastResult();
                assertThat(last[0]).as("frames in the log").isGreaterThan(1_000);
                assertThat(last[1]).as("frames copied into the file").isEqualTo(last[0]);
            });
            assertThat(store.canonicalTip()).map(StoredBlock::height).contains(3_000L);
        }
    }
}
