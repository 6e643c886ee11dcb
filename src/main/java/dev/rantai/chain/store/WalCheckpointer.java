package dev.rantai.chain.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Copies the write-ahead log back into the database file on a thread of its own. Left to SQLite,
 * the commit that takes the log past 1,000 pages runs the checkpoint itself, fsync included, and
 * every block written after it waits: the long tail of submission latency. Here the writer's
 * automatic checkpoint is only a backstop ({@link #WRITER_BACKSTOP_PAGES}); every
 * {@link #INTERVAL_MILLIS} after a commit a PASSIVE checkpoint runs on a pooled connection. PASSIVE
 * never waits for readers or the writer, which keep going while it copies; what a reader still
 * needs stays in the log for the next round.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WalCheckpointer.class);
    static final long INTERVAL_MILLIS = 200;
    /**
     * The writer checkpoints by itself only past this many log pages (160 MiB of 4 KiB pages): if the
     * checkpointer cannot keep up, the log still cannot grow without bound.
     */
    static final int WRITER_BACKSTOP_PAGES = 40_000;
    /**
     * The size, in bytes, the log file is cut back to once a checkpoint has copied all of it: a burst
     * of writes (a sync, a flood of side-branch blocks) would otherwise leave the file at its largest
     * size for good, up to the backstop's 160 MiB.
     */
    static final long LOG_SIZE_LIMIT_BYTES = 16L << 20;

    private final DataSource connections;
    private final String location;
    private final ScheduledExecutorService thread;
    private final AtomicLong commits = new AtomicLong();
    private volatile long[] lastResult = { 0, 0 };
    private long commitsAtLastRun;
    private boolean failedBefore;

    WalCheckpointer(DataSource connections, String location) {
        this.connections = connections;
        this.location = location;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rantai-checkpoint");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::runIfCommitted, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Makes the writer's connection leave checkpoints to this thread, save for the backstop. */
    static void configureWriter(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + WRITER_BACKSTOP_PAGES);
            s.execute("PRAGMA journal_size_limit = " + LOG_SIZE_LIMIT_BYTES);
        }
    }

    /** Called by the writer after each commit. */
    void committed() {
        commits.incrementAndGet();
    }

    /** What the last checkpoint found: frames in the log, and how many of them are in the database file. */
    long[] lastResult() {
        return lastResult.clone();
    }

    private void runIfCommitted() {
        long seen = commits.get();
        if (seen == commitsAtLastRun) {
            return;
        }
        commitsAtLastRun = seen;
        try (Connection c = connections.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (rs.next()) {
                // (busy, frames in the log, frames of the log now in the database file)
                lastResult = new long[] { rs.getLong(2), rs.getLong(3) };
            }
            failedBefore = false;
        } catch (SQLException | RuntimeException e) {
            // Retried on the next commit; logged once per run of failures, not once per round.
            commitsAtLastRun = -1;
            if (!failedBefore) {
                LOG.warnf("Checkpoint of %s failed, the writer's backstop still applies: %s", location, e.getMessage());
                failedBefore = true;
            }
        }
    }

    /** Stops the thread; the last connection to close checkpoints what is left. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
