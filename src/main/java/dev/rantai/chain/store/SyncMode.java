package dev.rantai.chain.store;

/**
 * SQLite's {@code synchronous} setting for the writer. In WAL mode NORMAL survives a crash of
 * the process (every commit is in the WAL before it is acknowledged) and FULL also survives a
 * power loss, at the price of an fsync per commit.
 */
public enum SyncMode {
    OFF,
    NORMAL,
    FULL
}
