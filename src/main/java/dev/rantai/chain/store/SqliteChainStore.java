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

import javax.sql.DataSource;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Work;

/**
 * The chain in one SQLite file (WAL). Readers borrow pooled connections and see committed
 * state; the single writer keeps one connection of its own, so a transaction can read what
 * it has written before it commits.
 */
public final class SqliteChainStore implements ChainStore {
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
        List<PreparedStatement> opened = new ArrayList<>(1);
        try (Connection c = readers.getConnection()) {
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
        } catch (SQLException e) {
            throw new StoreException("reading " + location + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredBlock> byHash(String hash) {
        return read(p -> Queries.byHash(p, hash));
    }

    @Override
    public boolean contains(String hash) {
        return read(p -> Queries.contains(p, hash));
    }

    @Override
    public Optional<StoredBlock> canonicalAt(long height) {
        return read(p -> Queries.canonicalAt(p, height));
    }

    @Override
    public Optional<StoredBlock> canonicalTip() {
        return read(Queries::canonicalTip);
    }

    @Override
    public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
        return read(p -> Queries.canonicalAscending(p, fromHeight, limit));
    }

    @Override
    public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
        return read(p -> Queries.canonicalDescending(p, beforeHeight, limit));
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
            PreparedStatement s = p.prepare("SELECT id, data, source, dropped_hash FROM pending_data ORDER BY id");
            List<PendingData> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingData(rs.getLong(1), rs.getString(2), BlockSource.fromId(rs.getString(3)),
                            rs.getString(4)));
                }
            }
            return out;
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

    private final class SqliteUpdater implements Updater {
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
        public Optional<StoredBlock> byHash(String hash) {
            return write(p -> Queries.byHash(p, hash));
        }

        @Override
        public boolean contains(String hash) {
            return write(p -> Queries.contains(p, hash));
        }

        @Override
        public Optional<StoredBlock> canonicalAt(long height) {
            return write(p -> Queries.canonicalAt(p, height));
        }

        @Override
        public Optional<StoredBlock> canonicalTip() {
            return write(Queries::canonicalTip);
        }

        @Override
        public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
            return write(p -> Queries.canonicalAscending(p, fromHeight, limit));
        }

        @Override
        public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
            return write(p -> Queries.canonicalDescending(p, beforeHeight, limit));
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

        @Override
        public void setCanonical(long height, String hash) {
            write(p -> {
                PreparedStatement s = p.prepare("INSERT OR REPLACE INTO canonical (height, hash) VALUES (?, ?)");
                s.setLong(1, height);
                s.setString(2, hash);
                return s.executeUpdate();
            });
        }

        @Override
        public void truncateCanonicalAbove(long height) {
            write(p -> {
                PreparedStatement s = p.prepare("DELETE FROM canonical WHERE height > ?");
                s.setLong(1, height);
                return s.executeUpdate();
            });
        }

        @Override
        public long addPending(String data, BlockSource source, String droppedHash) {
            return write(p -> {
                PreparedStatement s = p.prepare("INSERT INTO pending_data (data, source, dropped_hash, queued_at)"
                        + " VALUES (?, ?, ?, ?) RETURNING id");
                s.setString(1, data);
                s.setString(2, source.id());
                s.setString(3, droppedHash);
                s.setLong(4, System.currentTimeMillis());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }

        @Override
        public boolean removePending(long id) {
            return write(p -> {
                PreparedStatement s = p.prepare("DELETE FROM pending_data WHERE id = ?");
                s.setLong(1, id);
                return s.executeUpdate() == 1;
            });
        }

        @Override
        public List<Long> removePendingFromBlock(String hash) {
            return write(p -> {
                PreparedStatement s = p.prepare("DELETE FROM pending_data WHERE dropped_hash = ? RETURNING id");
                s.setString(1, hash);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
        }

        @Override
        public void putMeta(String key, String value) {
            write(p -> {
                PreparedStatement s = p.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
                s.setString(1, key);
                s.setString(2, value);
                return s.executeUpdate();
            });
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

    @FunctionalInterface
    interface SqlFunction<A, T> {
        T apply(A a) throws SQLException;
    }
}
