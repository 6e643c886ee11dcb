-- Blocks are found by a prefix of their hash (the dashboard's search: a hash as the tables show it,
-- its first digits and an ellipsis) through an index on the hash's first 16 hex digits. Without it
-- such a search read every block: 2 to 4 s with 1,000,000 blocks. At most 16 digits keep the index
-- as small as block_hash_tail; queries compare the whole hash as well. The leading digits are the
-- difficulty's zeros and then random, so the index takes random inserts like block_hash_tail.
CREATE INDEX block_hash_head ON block (substr(hash, 1, 16));
