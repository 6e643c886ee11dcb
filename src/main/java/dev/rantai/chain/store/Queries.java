package dev.rantai.chain.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Work;

/** The read queries, shared by pooled readers and the writer's own transaction. */
final class Queries {
    private static final String COLUMNS = "b.hash, b.height, b.timestamp, b.data, b.previous_hash, b.difficulty,"
            + " b.nonce, b.work, b.source, b.received_at";
    /**
     * Blocks are found through the index on the hash's last 16 hex digits (V2 migration), then by the
     * whole hash. The {@code +} keeps SQLite from propagating the bound hash into the indexed
     * expression, which hides the index from the planner in some forms of this query
     * (QueryPlanTest checks the plans).
     */
    static final String BY_HASH = "substr(b.hash, 49) = substr(?1, 49) AND +b.hash = ?1";
    private static final String JOIN = " FROM canonical c JOIN block b"
            + " ON substr(b.hash, 49) = substr(c.hash, 49) AND b.hash = c.hash ";
    private static final String CANONICAL = "SELECT " + COLUMNS + JOIN;
    /** The block's own fields, the first seven of {@link #COLUMNS} in their order. */
    private static final String CANONICAL_BLOCKS = "SELECT b.hash, b.height, b.timestamp, b.data, b.previous_hash,"
            + " b.difficulty, b.nonce" + JOIN;

    /** Hands out a prepared statement; the caller of a query decides when statements are closed. */
    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private Queries() {
    }

    static Optional<StoredBlock> byHash(Preparer p, String hash) throws SQLException {
        PreparedStatement s = p.prepare("SELECT " + COLUMNS + " FROM block b WHERE " + BY_HASH);
        s.setString(1, hash);
        return one(s);
    }

    /**
     * A range of the index on the hash's first 16 digits (V5 migration), then the whole hash: hex
     * digits sort below 'g', so [prefix, prefix + "g") is the prefix. A prefix longer than 16 digits
     * reads the range of its first 16.
     */
    static List<StoredBlock> byHashPrefix(Preparer p, String prefix, int limit) throws SQLException {
        PreparedStatement s = p.prepare("SELECT " + COLUMNS + " FROM block b WHERE substr(b.hash, 1, 16) >= ?1"
                + " AND substr(b.hash, 1, 16) < ?2 AND +b.hash >= ?3 AND +b.hash < ?4 ORDER BY b.hash LIMIT ?5");
        String head = prefix.substring(0, Math.min(16, prefix.length()));
        s.setString(1, head);
        s.setString(2, head + "g");
        s.setString(3, prefix);
        s.setString(4, prefix + "g");
        s.setInt(5, limit);
        return blocks(s);
    }

    static boolean contains(Preparer p, String hash) throws SQLException {
        PreparedStatement s = p.prepare("SELECT 1 FROM block b WHERE " + BY_HASH);
        s.setString(1, hash);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    static Optional<StoredBlock> canonicalAt(Preparer p, long height) throws SQLException {
        PreparedStatement s = p.prepare(CANONICAL + "WHERE c.height = ?");
        s.setLong(1, height);
        return one(s);
    }

    static Optional<StoredBlock> canonicalTip(Preparer p) throws SQLException {
        // The highest canonical row, not the highest that still has a block: a dangling tip must not go unnoticed.
        return one(p.prepare(CANONICAL + "WHERE c.height = (SELECT MAX(height) FROM canonical)"));
    }

    static List<StoredBlock> canonicalAscending(Preparer p, long fromHeight, int limit) throws SQLException {
        PreparedStatement s = p.prepare(CANONICAL + "WHERE c.height >= ? ORDER BY c.height LIMIT ?");
        s.setLong(1, fromHeight);
        s.setInt(2, limit);
        return blocks(s);
    }

    static List<Block> canonicalBlocks(Preparer p, long fromHeight, int limit) throws SQLException {
        PreparedStatement s = p.prepare(CANONICAL_BLOCKS + "WHERE c.height >= ? ORDER BY c.height LIMIT ?");
        s.setLong(1, fromHeight);
        s.setInt(2, limit);
        List<Block> out = new ArrayList<>(limit);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(block(rs));
            }
        }
        return out;
    }

    static List<StoredBlock> canonicalDescending(Preparer p, long beforeHeight, int limit) throws SQLException {
        PreparedStatement s = p.prepare(CANONICAL + "WHERE c.height < ? ORDER BY c.height DESC LIMIT ?");
        s.setLong(1, beforeHeight);
        s.setInt(2, limit);
        return blocks(s);
    }

    private static Optional<StoredBlock> one(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static List<StoredBlock> blocks(PreparedStatement s) throws SQLException {
        List<StoredBlock> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private static StoredBlock read(ResultSet rs) throws SQLException {
        return new StoredBlock(block(rs), Work.fromHex(rs.getString(8)), BlockSource.fromId(rs.getString(9)),
                rs.getLong(10));
    }

    private static Block block(ResultSet rs) throws SQLException {
        return new Block(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7),
                rs.getString(1));
    }
}
