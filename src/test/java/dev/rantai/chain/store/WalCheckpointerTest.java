package dev.rantai.chain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
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

    @Test
    void aLogGrownByABurstOfWritesIsCutBackOnceItIsCopied() throws Exception {
        SQLiteDataSource readers = Stores.dataSource(dir);
        SqliteFiles.migrate(SqliteFiles.flyway(readers), dir);
        Connection writer = SqliteFiles.openWriter(dir, SyncMode.NORMAL);
        Path log = dir.resolve("chain.db-wal");
        try (SqliteChainStore store = new SqliteChainStore(readers, writer, dir.toString(), () -> {
        })) {
            assertThat(pragma(writer, "journal_size_limit")).isEqualTo(WalCheckpointer.LOG_SIZE_LIMIT_BYTES);
            // one commit of 48 MiB (800 blocks of 60 KiB, side blocks as a flood brings them): a log of that size
            String data = "y".repeat(60 * 1024);
            try (ChainStore.Updater u = store.updater()) {
                for (int i = 1; i <= 800; i++) {
                    String hash = String.format("%064x", i * 104729L);
                    u.insert(new StoredBlock(new Block(i, i, data, "0".repeat(64), 0, 0, hash), Work.of(0),
                            BlockSource.PEER, i));
                }
                u.commit();
            }
            assertThat(Files.size(log)).isGreaterThan(WalCheckpointer.LOG_SIZE_LIMIT_BYTES * 2);
            WalCheckpointer checkpointer = store.checkpointer();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                long[] last = checkpointer.lastResult();
                assertThat(last[1]).as("frames copied into the file").isEqualTo(last[0]).isPositive();
            });
            // the next write starts the log over, and cuts the file back
            try (ChainStore.Updater u = store.updater()) {
                u.putMeta("after", "burst");
                u.commit();
            }
            assertThat(Files.size(log)).isLessThanOrEqualTo(WalCheckpointer.LOG_SIZE_LIMIT_BYTES);
        }
    }
}
