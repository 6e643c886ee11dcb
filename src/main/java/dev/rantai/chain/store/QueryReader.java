package dev.rantai.chain.store;

import java.util.List;
import java.util.Optional;

import dev.rantai.chain.Block;
import dev.rantai.chain.store.SqliteChainStore.SqlFunction;

/** The chain's reads over one source of prepared statements: a snapshot's connection or the writer's transaction. */
abstract class QueryReader implements ChainReader {
    /** Runs one query; wraps an {@link java.sql.SQLException} in a {@link StoreException}. */
    abstract <T> T query(SqlFunction<Queries.Preparer, T> query);

    @Override
    public Optional<StoredBlock> byHash(String hash) {
        return query(p -> Queries.byHash(p, hash));
    }

    @Override
    public boolean contains(String hash) {
        return query(p -> Queries.contains(p, hash));
    }

    @Override
    public Optional<StoredBlock> canonicalAt(long height) {
        return query(p -> Queries.canonicalAt(p, height));
    }

    @Override
    public Optional<StoredBlock> canonicalTip() {
        return query(Queries::canonicalTip);
    }

    @Override
    public List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
        return query(p -> Queries.canonicalAscending(p, fromHeight, limit));
    }

    @Override
    public List<Block> canonicalBlocks(long fromHeight, int limit) {
        return query(p -> Queries.canonicalBlocks(p, fromHeight, limit));
    }

    @Override
    public List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
        return query(p -> Queries.canonicalDescending(p, beforeHeight, limit));
    }
}
