package dev.rantai.chain;

import java.util.List;
import java.util.Optional;

import dev.rantai.chain.store.ChainReader;
import dev.rantai.chain.store.StoredBlock;

/** Reads passed on to another reader, for test decorators that change only a few methods. */
interface ForwardingReader extends ChainReader {
    ChainReader reader();

    @Override
    default Optional<StoredBlock> byHash(String hash) {
        return reader().byHash(hash);
    }

    @Override
    default boolean contains(String hash) {
        return reader().contains(hash);
    }

    @Override
    default Optional<StoredBlock> canonicalAt(long height) {
        return reader().canonicalAt(height);
    }

    @Override
    default Optional<StoredBlock> canonicalTip() {
        return reader().canonicalTip();
    }

    @Override
    default List<StoredBlock> canonicalAscending(long fromHeight, int limit) {
        return reader().canonicalAscending(fromHeight, limit);
    }

    @Override
    default List<StoredBlock> canonicalDescending(long beforeHeight, int limit) {
        return reader().canonicalDescending(beforeHeight, limit);
    }
}
