-- Stored blocks that are not canonical and were not mined here: side branches, and blocks a reorg
-- dropped. They may be deleted to keep side branches within their budget, oldest first (by rowid),
-- or once they fall so far below the tip that no allowed reorg could reach them. Blocks mined here
-- are never listed: the re-mining of their data needs them.
CREATE TABLE side_block (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    hash   TEXT    NOT NULL UNIQUE,
    height INTEGER NOT NULL,
    -- what the block takes in the store, about: its data in UTF-8 bytes and the fixed fields
    bytes  INTEGER NOT NULL
);
CREATE INDEX side_block_height ON side_block (height);

INSERT INTO side_block (hash, height, bytes)
SELECT b.hash, b.height, length(CAST(b.data AS BLOB)) + 256
FROM block b
WHERE b.source = 'peer'
  AND NOT EXISTS (SELECT 1 FROM canonical c WHERE c.height = b.height AND c.hash = b.hash)
ORDER BY b.rowid;
