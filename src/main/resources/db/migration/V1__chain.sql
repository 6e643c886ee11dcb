-- Every valid block the node has seen, side branches included. Hashes are lowercase hex so
-- that the sqlite3 shell shows the chain as the API does.
CREATE TABLE block (
    hash          TEXT    NOT NULL PRIMARY KEY,
    height        INTEGER NOT NULL,
    timestamp     INTEGER NOT NULL,
    data          TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    difficulty    INTEGER NOT NULL,
    nonce         INTEGER NOT NULL,
    -- total work of the chain ending here, 96 hex digits so that text order is numeric order
    work          TEXT    NOT NULL,
    -- genesis, local, peer or book
    source        TEXT    NOT NULL,
    received_at   INTEGER NOT NULL
);

-- The canonical chain: one row per height, the tip is the highest.
CREATE TABLE canonical (
    height INTEGER NOT NULL PRIMARY KEY,
    hash   TEXT    NOT NULL
);

-- Data of local blocks that a reorg dropped, waiting to be mined again on the new tip.
CREATE TABLE pending_data (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    data         TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    dropped_hash TEXT    NOT NULL,
    queued_at    INTEGER NOT NULL
);

-- Facts about the store itself: the network it belongs to.
CREATE TABLE meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
