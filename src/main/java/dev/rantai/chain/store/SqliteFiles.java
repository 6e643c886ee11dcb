package dev.rantai.chain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.sqlite.NativeLibraryNotFoundException;
import org.sqlite.SQLiteConfig;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;

/** Opening the chain's SQLite file: the data directory, the write connection, migrations, a standalone pool. */
public final class SqliteFiles {
    public static final String FILE_NAME = "chain.db";
    private static final int WRITER_CACHE_KIB = 32 * 1024;

    private SqliteFiles() {
    }

    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static String jdbcUrl(Path dataDir) {
        return "jdbc:sqlite:" + databaseFile(dataDir);
    }

    /** Creates the data directory, with a message naming it when that is impossible. */
    public static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir.toAbsolutePath()
                    + " (rantai.data-dir): " + e, e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("the data directory " + dataDir.toAbsolutePath()
                    + " (rantai.data-dir) is not writable");
        }
    }

    /** The writer's own connection, in WAL mode with the chosen sync setting. */
    public static Connection openWriter(Path dataDir, SyncMode sync) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(sync.name()));
        config.setBusyTimeout(10_000);
        // Hash-keyed indexes take random inserts: a larger page cache keeps their upper levels in memory.
        config.setCacheSize(-WRITER_CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Nothing reads generated keys; left on, the driver prepares and runs a last_insert_rowid() query per insert.
        config.setGetGeneratedKeys(false);
        try {
            return config.createConnection(jdbcUrl(dataDir));
        } catch (SQLException e) {
            throw new StoreException(openProblem(databaseFile(dataDir).toAbsolutePath(), e), e);
        }
    }

    /**
     * Why the file could not be opened. The driver's own words for a native library that did not load ("Error
     * opening connection", "No native library found") name neither the cause nor the way out; the cause is almost
     * always the folder it copies the library into before loading it ({@code org.sqlite.tmpdir}, by default
     * {@code java.io.tmpdir}): not writable, or mounted {@code noexec}. The driver's ERROR lines before it say
     * which.
     */
    static String openProblem(Path file, SQLException e) {
        String problem = "cannot open " + file + ": " + e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NativeLibraryNotFoundException) {
                return problem + ": SQLite's native library did not load. The driver copies it into "
                        + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"))
                        + " (org.sqlite.tmpdir, by default java.io.tmpdir) and loads it from there, which fails"
                        + " where that folder is not writable or is mounted noexec (the driver's errors above say"
                        + " which). Ship the library beside the jar (deploy/jvm/sqlite-native.sh, docs/operations.md"
                        + " \"Fast start\"), or point org.sqlite.tmpdir at a folder that allows it";
            }
        }
        return problem;
    }

    /** Brings the schema up to date; Flyway refuses a file whose migrations were tampered with. */
    public static void migrate(Flyway flyway, Path dataDir) {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate " + databaseFile(dataDir).toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /**
     * A complete store outside Quarkus, with its own small pool: what tests and tools use to run
     * several nodes in one JVM.
     */
    public static SqliteChainStore openStandalone(Path dataDir, SyncMode sync) {
        createDataDir(dataDir);
        Connection writer = openWriter(dataDir, sync);
        AgroalDataSource pool;
        try {
            UnaryOperator<AgroalConnectionFactoryConfigurationSupplier> factory = f -> f
                    .jdbcUrl(jdbcUrl(dataDir))
                    .connectionProviderClass(org.sqlite.JDBC.class)
                    .jdbcProperty("busy_timeout", "10000");
            pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(p -> p.maxSize(8).connectionFactoryConfiguration(factory)));
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException("cannot open a connection pool on " + databaseFile(dataDir) + ": " + e, e);
        }
        try {
            migrate(flyway(pool), dataDir);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            pool.close();
            throw e;
        }
        return new SqliteChainStore(pool, writer, databaseFile(dataDir).toString(), pool::close);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing with a better message
        }
    }
}
