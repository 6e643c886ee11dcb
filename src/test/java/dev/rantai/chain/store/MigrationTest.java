package dev.rantai.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A store written with the first schema keeps every row, in its order, after the migrations. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreKeepsEveryBlockAndIsFoundByHashAfterwards() throws SQLException {
        SQLiteDataSource source = Stores.dataSource(dir);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        int blocks = 300;
        try (Connection c = source.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO block (hash, height, timestamp, data,"
                        + " previous_hash, difficulty, nonce, work, source, received_at)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?, ?, 'peer', ?)");
                PreparedStatement canonical = c.prepareStatement("INSERT INTO canonical (height, hash) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < blocks; i++) {
                insert.setString(1, hash(i));
                insert.setLong(2, i);
                insert.setLong(3, 1_000L + i);
                insert.setString(4, "data " + i);
                insert.setString(5, i == 0 ? "0".repeat(64) : hash(i - 1));
                insert.setLong(6, i * 3L);
                insert.setString(7, "%096x".formatted(i + 1));
                insert.setLong(8, 2_000L + i);
                insert.executeUpdate();
                canonical.setLong(1, i);
                canonical.setString(2, hash(i));
                canonical.executeUpdate();
            }
            c.commit();
        }

        try (SqliteChainStore store = Stores.open(dir, source)) {
            for (int i = 0; i < blocks; i += 37) {
                assertThat(store.byHash(hash(i))).map(StoredBlock::height).contains((long) i);
            }
            assertThat(store.canonicalTip()).map(StoredBlock::hash).contains(hash(blocks - 1));
        }

        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT hash, height, timestamp, data, previous_hash, nonce, work,"
                    + " received_at FROM block ORDER BY rowid")) {
                for (int i = 0; i < blocks; i++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(hash(i));
                    assertThat(rs.getLong(2)).isEqualTo(i);
                    assertThat(rs.getLong(3)).isEqualTo(1_000L + i);
                    assertThat(rs.getString(4)).isEqualTo("data " + i);
                    assertThat(rs.getString(5)).isEqualTo(i == 0 ? "0".repeat(64) : hash(i - 1));
                    assertThat(rs.getLong(6)).isEqualTo(i * 3L);
                    assertThat(rs.getString(7)).isEqualTo("%096x".formatted(i + 1));
                    assertThat(rs.getLong(8)).isEqualTo(2_000L + i);
                }
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'block'")) {
                List<String> indexes = new ArrayList<>();
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
                // no sqlite_autoindex_block_1: the hash is no longer the primary key (V2)
                assertThat(indexes).containsExactlyInAnyOrder("block_hash_tail", "block_hash_head");
            }
        }
    }

    @Test
    void pendingDataOfAnEarlierVersionIsKeyedByTheBlockWhoseDropQueuedIt() throws SQLException {
        SQLiteDataSource source = Stores.dataSource(dir);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pending_data (data, source, dropped_hash, queued_at) VALUES"
                    + " ('first', 'local', '" + hash(1) + "', 1), ('again', 'local', '" + hash(1) + "', 2),"
                    + " ('second', 'book', '" + hash(2) + "', 3)");
        }

        try (SqliteChainStore store = Stores.open(dir, source)) {
            assertThat(store.pendingData()).extracting(PendingData::data, PendingData::origin, PendingData::droppedHash)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("first", hash(1), hash(1)),
                            org.assertj.core.groups.Tuple.tuple("second", hash(2), hash(2)));
            try (ChainStore.Updater u = store.updater()) {
                assertThat(u.addPending("third", dev.rantai.chain.BlockSource.LOCAL, hash(2), hash(3)))
                        .as("one row per origin").isEqualTo(-1L);
                assertThat(u.originOf(hash(3))).isEqualTo(hash(3));
                u.recordCopy(hash(3), hash(2));
                assertThat(u.originOf(hash(3))).isEqualTo(hash(2));
                assertThat(u.copiesOf(hash(2))).containsExactly(hash(3));
            }
        }
    }

    @Test
    void sideBlocksOfAnEarlierVersionAreListedForTheBudgetExceptThoseMinedHere() throws SQLException {
        SQLiteDataSource source = Stores.dataSource(dir);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO block (hash, height, timestamp, data, previous_hash, difficulty, nonce, work,"
                    + " source, received_at) VALUES ";
            s.executeUpdate(insert + "('" + hash(0) + "', 0, 0, 'g', '" + "0".repeat(64) + "', 0, 0, '1', 'genesis', 0),"
                    + " ('" + hash(1) + "', 1, 1, 'canonical', '" + hash(0) + "', 0, 0, '2', 'peer', 0),"
                    + " ('" + hash(2) + "', 1, 1, 'side, é', '" + hash(0) + "', 0, 0, '2', 'peer', 0),"
                    + " ('" + hash(3) + "', 1, 1, 'dropped here', '" + hash(0) + "', 0, 0, '2', 'local', 0)");
            s.executeUpdate("INSERT INTO canonical (height, hash) VALUES (0, '" + hash(0) + "'), (1, '" + hash(1) + "')");
        }

        try (SqliteChainStore store = Stores.open(dir, source)) {
            assertThat(store.sideBytes()).isEqualTo("side, é".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + dev.rantai.chain.SideBranchPolicy.FIXED_BYTES);
        }
        try (Connection c = source.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT hash FROM side_block")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(hash(2));
            assertThat(rs.next()).isFalse();
        }
    }

    /** Leading zeros as proof of work leaves them; the tails differ. */
    private static String hash(int i) {
        return "0000" + "%060x".formatted((i + 1) * 0x9E3779B97F4AL);
    }
}
