package dev.rantai.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Work;

/**
 * Every read finds blocks through the index on the hash's tail: no query scans the block table,
 * which holds every block ever seen. SQLite's planner decides this, so the plans are checked.
 */
class QueryPlanTest {
    @TempDir
    Path dir;

    @Test
    void everyQueryFindsBlocksThroughTheHashTailIndex() throws SQLException {
        SQLiteDataSource source = Stores.dataSource(dir);
        String hash = "00ab".repeat(16);
        try (SqliteChainStore store = Stores.open(dir, source)) {
            try (ChainStore.Updater u = store.updater()) {
                u.insert(new StoredBlock(new Block(0, 0, "genesis", "0".repeat(64), 0, 0, hash), Work.of(0),
                        BlockSource.GENESIS, 0));
                u.setCanonical(0, hash);
                u.commit();
            }
        }

        try (Connection c = source.getConnection()) {
            Set<String> sql = new LinkedHashSet<>();
            Queries.Preparer recording = text -> {
                sql.add(text);
                return c.prepareStatement(text);
            };
            List<PreparedStatement> opened = new ArrayList<>();
            Queries.Preparer closing = text -> {
                PreparedStatement s = recording.prepare(text);
                opened.add(s);
                return s;
            };
            assertThat(Queries.byHash(closing, hash)).map(StoredBlock::height).contains(0L);
            assertThat(Queries.contains(closing, hash)).isTrue();
            assertThat(Queries.contains(closing, "ff" + hash.substring(2))).isFalse();
            assertThat(Queries.canonicalAt(closing, 0)).map(StoredBlock::hash).contains(hash);
            assertThat(Queries.canonicalTip(closing)).map(StoredBlock::hash).contains(hash);
            assertThat(Queries.canonicalAscending(closing, 0, 10)).hasSize(1);
            assertThat(Queries.canonicalDescending(closing, 1, 10)).hasSize(1);
            for (PreparedStatement s : opened) {
                s.close();
            }

            assertThat(sql).hasSize(6);
            for (String query : sql) {
                List<String> plan = plan(c, query);
                assertThat(plan).as(query).anyMatch(step -> step.contains("USING INDEX block_hash_tail"))
                        .noneMatch(step -> step.startsWith("SCAN b"));
            }
        }
    }

    @Test
    void aHashPrefixIsARangeOfTheHashHeadIndexNotAScan() throws SQLException {
        SQLiteDataSource source = Stores.dataSource(dir);
        List<String> hashes = List.of("00ab" + "1".repeat(60), "00ab" + "12".repeat(30), "00ac" + "1".repeat(60));
        try (SqliteChainStore store = Stores.open(dir, source)) {
            try (ChainStore.Updater u = store.updater()) {
                for (int i = 0; i < hashes.size(); i++) {
                    u.insert(new StoredBlock(new Block(i, 0, "b" + i, "0".repeat(64), 0, 0, hashes.get(i)), Work.of(0),
                            BlockSource.PEER, 0));
                }
                u.commit();
            }
        }
        try (Connection c = source.getConnection()) {
            List<String> sql = new ArrayList<>();
            Queries.Preparer recording = text -> {
                sql.add(text);
                return c.prepareStatement(text);
            };
            assertThat(Queries.byHashPrefix(recording, "00ab1", 10)).extracting(StoredBlock::hash)
                    .containsExactly(hashes.get(0), hashes.get(1));
            assertThat(Queries.byHashPrefix(recording, "00ab", 1)).extracting(StoredBlock::hash)
                    .containsExactly(hashes.get(0));
            // Longer than the indexed 16 digits: the range of its first 16, then the whole prefix.
            assertThat(Queries.byHashPrefix(recording, hashes.get(1).substring(0, 20), 10)).extracting(StoredBlock::hash)
                    .containsExactly(hashes.get(1));
            assertThat(Queries.byHashPrefix(recording, "00ad", 10)).isEmpty();
            assertThat(plan(c, sql.get(0))).anyMatch(step -> step.contains("USING INDEX block_hash_head"))
                    .noneMatch(step -> step.startsWith("SCAN b"));
        }
    }

    private static List<String> plan(Connection c, String query) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + query)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setLong(i, 1);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
        }
        return steps;
    }
}
