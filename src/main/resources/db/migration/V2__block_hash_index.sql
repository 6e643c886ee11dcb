-- Blocks are found by hash through a small index on the hash's last 16 hex digits (64 bits, as
-- random as the hash whatever the difficulty; the leading digits are zeros) instead of the whole
-- 64-digit hash as the primary key. Blocks arrive in random hash order, so every insert lands on a
-- random page of that index and a commit writes each page it touched: with a quarter of the key
-- size the index has a quarter of the pages. Queries compare the whole hash too, so a collision of
-- the 64 bits costs one more row read, never a wrong block. Every row is copied, in its order.
CREATE TABLE block_v2 (
    hash          TEXT    NOT NULL,
    height        INTEGER NOT NULL,
    timestamp     INTEGER NOT NULL,
    data          TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    difficulty    INTEGER NOT NULL,
    nonce         INTEGER NOT NULL,
    work          TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    received_at   INTEGER NOT NULL
);

INSERT INTO block_v2 (rowid, hash, height, timestamp, data, previous_hash, difficulty, nonce, work, source,
                      received_at)
SELECT rowid, hash, height, timestamp, data, previous_hash, difficulty, nonce, work, source, received_at
FROM block ORDER BY rowid;

DROP TABLE block;
ALTER TABLE block_v2 RENAME TO block;
CREATE INDEX block_hash_tail ON block (substr(hash, 49));

-- The canonical chain with its blocks, for the sqlite3 shell: joined through the index above.
CREATE VIEW canonical_block AS
SELECT c.height, b.hash, b.timestamp, b.data, b.previous_hash, b.difficulty, b.nonce, b.work, b.source,
       b.received_at
FROM canonical c JOIN block b ON substr(b.hash, 49) = substr(c.hash, 49) AND b.hash = c.hash;
