-- Data of a dropped local block is mined again under a new hash. Every copy remembers the block
-- that first carried the data (its origin), so the node can tell whether the data is on the
-- canonical chain in any of its copies: it is mined again only while none is canonical, and a
-- copy is never made while the original or another copy is canonical.
CREATE TABLE remined (
    hash   TEXT NOT NULL PRIMARY KEY,
    origin TEXT NOT NULL
);
CREATE INDEX remined_origin ON remined (origin);

-- Pending data is keyed by its origin: at most one row per datum, whichever copy was dropped.
-- Rows written before this version name the dropped block only; it stands for the origin.
ALTER TABLE pending_data ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE pending_data SET origin = dropped_hash;
DELETE FROM pending_data WHERE id NOT IN (SELECT MIN(id) FROM pending_data GROUP BY origin);
CREATE UNIQUE INDEX pending_data_origin ON pending_data (origin);
