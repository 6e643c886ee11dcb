package dev.rantai.chain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Work;

/**
 * The chain in one SQLite file (WAL). Readers borrow pooled connections and see committed
 * state; the single writer keeps one connection of its own, so a transaction can read what
 * it has written before it commits.
 */
public final class SqliteChainStore extends QueryReader implements ChainStore {
    private final DataSource readers;
    private final Connection writer;
    private final String location;
    private final Map<String, PreparedStatement> writerStatements = new HashMap<>();
    private final Runnable onClose;
    private final WalCheckpointer checkpointer;

    /**
     * @param readers pooled connections for reads from any thread
     * @param writer a connection used only by the chain writer; this store closes it
     * @param onClose run after the writer connection is closed (for example, to close a pool this store owns)
     */
    public SqliteChainStore(DataSource readers, Connection writer, String location, Runnable onClose) {
        this.readers = readers;
        this.writer = writer;
        this.location = location;
        this.onClose = onClose;
        try {
            WalCheckpointer.configureWriter(writer);
            writer.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot configure the write connection of " + location, e);
        }
        this.checkpointer = new WalCheckpointer(readers, location);
    }

    /** The thread that copies the write-ahead log into the database file. */
    WalCheckpointer checkpointer() {
        return checkpointer;
    }

    @Override
    public String location() {
        return location;
    }

    // ---- reads through the pool ----

    private <T> T read(SqlFunction<Queries.Preparer, T> query) {
        try (Connection c = readers.getConnection()) {
            return on(c, query);
        } catch (SQLException e) {
            throw new StoreException("reading " + location + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a query with statements prepared on a connection, closing them after it. */
    private static <T> T on(Connection c, SqlFunction<Queries.Preparer, T> query) throws SQLException {
        List<PreparedStatement> opened = new ArrayList<>(1);
        try {
            return query.apply(sql -> {
                PreparedStatement s = c.prepareStatement(sql);
                opened.add(s);
                return s;
            });
        } finally {
            for (PreparedStatement s : opened) {
                s.close();
            }
        }
    }

    /**
     * Runs the reads in one read transaction of a pooled connection: in WAL mode they all see the
     * state committed before the first of them, whatever the writer commits meanwhile.
     */
    @Override
    public <T> T snapshot(Function<ChainReader, T> reads) {
        try (Connection c = readers.getConnection()) {
            c.setAutoCommit(false);
            try {
                return reads.apply(new QueryReader() {
                    @Override
                    <R> R query(SqlFunction<Queries.Preparer, R> query) {
                        try {
                            return on(c, query);
                        } catch (SQLException e) {
                            throw new StoreException("reading " + location + " failed: " + e.getMessage(), e);
                        }
                    }
                });
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + location + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    <T> T query(SqlFunction<Queries.Preparer, T> query) {
        return read(query);
    }

    @Override
    public List<StoredBlock> byHashPrefix(String prefix, int limit) {
        return read(p -> Queries.byHashPrefix(p, prefix, limit));
    }

    @Override
    public Optional<String> meta(String key) {
        return read(p -> {
            PreparedStatement s = p.prepare("SELECT value FROM meta WHERE key = ?");
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public List<PendingData> pendingData() {
        return read(p -> {
            PreparedStatement s = p.prepare("SELECT id, data, source, origin, dropped_hash FROM pending_data ORDER BY id");
            List<PendingData> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingData(rs.getLong(1), rs.getString(2), BlockSource.fromId(rs.getString(3)),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        });
    }

    @Override
    public long sideBytes() {
        return read(p -> {
            try (ResultSet rs = p.prepare("SELECT COALESCE(SUM(bytes), 0) FROM side_block").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    // ---- the writer ----

    private PreparedStatement writerStatement(String sql) throws SQLException {
        PreparedStatement s = writerStatements.get(sql);
        if (s == null) {
            s = writer.prepareStatement(sql);
            writerStatements.put(sql, s);
        }
        return s;
    }

    @Override
    public Updater updater() {
        return new SqliteUpdater();
    }

    @Override
    public void close() {
        checkpointer.close();
        try {
            for (PreparedStatement s : writerStatements.values()) {
                s.close();
            }
            writerStatements.clear();
            if (!writer.isClosed()) {
                writer.rollback();
                writer.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + location + " failed: " + e.getMessage(), e);
        } finally {
            onClose.run();
        }
    }

    private final class SqliteUpdater extends QueryReader implements Updater {
        private final Queries.Preparer prep = SqliteChainStore.this::writerStatement;
        private boolean done;

        private <T> T write(SqlFunction<Queries.Preparer, T> work) {
            try {
                return work.apply(prep);
            } catch (SQLException e) {
                throw new StoreException("writing " + location + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        <T> T query(SqlFunction<Queries.Preparer, T> query) {
            return write(query);
        }

        @Override
        public void insert(StoredBlock stored) {
            write(p -> {
                Block b = stored.block();
                PreparedStatement s = p.prepare("INSERT INTO block (hash, height, timestamp, data, previous_hash,"
                        + " difficulty, nonce, work, source, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                s.setString(1, b.hash());
                s.setLong(2, b.index());
                s.setLong(3, b.timestamp());
                s.setString(4, b.data());
                s.setString(5, b.previousHash());
                s.setInt(6, b.difficulty());
                s.setLong(7, b.nonce());
                s.setString(8, Work.toHex(stored.work()));
                s.setString(9, stored.source().id());
                s.setLong(10, stored.receivedAt());
                return s.executeUpdate();
            });
        }

        /** Runs one statement with its parameters in order; returns the rows it changed. */
        private int update(String sql, Object... parameters) {
            return write(p -> {
                PreparedStatement s = p.prepare(sql);
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            });
        }

        /** The first column of every row a statement with one text parameter returns. */
        private <T> List<T> column(String sql, String parameter, Class<T> type) {
            return write(p -> {
                PreparedStatement s = p.prepare(sql);
                s.setString(1, parameter);
                List<T> values = new ArrayList<>(1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getObject(1, type));
                    }
                }
                return values;
            });
        }

        @Override
        public void setCanonical(long height, String hash) {
            // once per stored block of a sync: bound by type, not through update's boxed parameters
            write(p -> {
                PreparedStatement s = p.prepare("INSERT OR REPLACE INTO canonical (height, hash) VALUES (?, ?)");
                s.setLong(1, height);
                s.setString(2, hash);
                return s.executeUpdate();
            });
        }

        @Override
        public void truncateCanonicalAbove(long height) {
            update("DELETE FROM canonical WHERE height > ?", height);
        }

        @Override
        public long addPending(String data, BlockSource source, String origin, String droppedHash) {
            return write(p -> {
                PreparedStatement s = p.prepare("INSERT INTO pending_data (data, source, origin, dropped_hash,"
                        + " queued_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING RETURNING id");
                s.setString(1, data);
                s.setString(2, source.id());
                s.setString(3, origin);
                s.setString(4, droppedHash);
                s.setLong(5, System.currentTimeMillis());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            });
        }

        @Override
        public boolean removePending(long id) {
            return update("DELETE FROM pending_data WHERE id = ?", id) == 1;
        }

        @Override
        public List<Long> removePendingOf(String origin) {
            return column("DELETE FROM pending_data WHERE origin = ? RETURNING id", origin, Long.class);
        }

        @Override
        public void recordCopy(String hash, String origin) {
            update("INSERT INTO remined (hash, origin) VALUES (?, ?)", hash, origin);
        }

        @Override
        public String originOf(String hash) {
            return column("SELECT origin FROM remined WHERE hash = ?", hash, String.class).stream().findFirst()
                    .orElse(hash);
        }

        @Override
        public List<String> copiesOf(String origin) {
            return column("SELECT hash FROM remined WHERE origin = ? ORDER BY rowid", origin, String.class);
        }

        @Override
        public void putMeta(String key, String value) {
            update("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
        }

        @Override
        public void markSide(String hash, long height, long bytes) {
            update("INSERT OR IGNORE INTO side_block (hash, height, bytes) VALUES (?, ?, ?)", hash, height, bytes);
        }

        @Override
        public void unmarkSide(String hash) {
            update("DELETE FROM side_block WHERE hash = ?", hash);
        }

        @Override
        public long nextSideSeq() {
            return write(p -> {
                try (ResultSet rs = p.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM side_block").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }

        @Override
        public long deleteSideAtOrBelow(long height) {
            return deleteSide(listSide("SELECT hash, bytes FROM side_block WHERE height <= ?", height), Long.MAX_VALUE);
        }

        @Override
        public long deleteOldestSide(long bytes, long beforeSeq) {
            // A page at a time: the budget is usually exceeded by a few blocks.
            long freed = 0;
            while (freed < bytes) {
                List<SideBlock> page = listSide("SELECT hash, bytes FROM side_block WHERE seq < ? ORDER BY seq LIMIT 64",
                        beforeSeq);
                if (page.isEmpty()) {
                    break;
                }
                freed += deleteSide(page, bytes - freed);
            }
            return freed;
        }

        /** The side blocks a query with one parameter names, in its order. */
        private List<SideBlock> listSide(String sql, long parameter) {
            return write(p -> {
                PreparedStatement s = p.prepare(sql);
                s.setLong(1, parameter);
                List<SideBlock> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SideBlock(rs.getString(1), rs.getLong(2)));
                    }
                }
                return out;
            });
        }

        /** Deletes listed side blocks in order until {@code atLeast} bytes are freed; returns the bytes freed. */
        private long deleteSide(List<SideBlock> listed, long atLeast) {
            long freed = 0;
            for (SideBlock side : listed) {
                if (freed >= atLeast) {
                    break;
                }
                update("DELETE FROM block WHERE substr(hash, 49) = substr(?1, 49) AND +hash = ?1", side.hash());
                update("DELETE FROM side_block WHERE hash = ?", side.hash());
                freed += side.bytes();
            }
            return freed;
        }

        @Override
        public void commit() {
            try {
                writer.commit();
                done = true;
                checkpointer.committed();
            } catch (SQLException e) {
                throw new StoreException("committing to " + location + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (!done) {
                try {
                    writer.rollback();
                } catch (SQLException e) {
                    throw new StoreException("rolling back " + location + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    private record SideBlock(String hash, long bytes) {
    }

    @FunctionalInterface
    interface SqlFunction<A, T> {
        T apply(A a) throws SQLException;
    }
}
