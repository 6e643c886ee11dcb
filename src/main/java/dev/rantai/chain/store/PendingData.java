package dev.rantai.chain.store;

import dev.rantai.chain.BlockSource;

/**
 * Data of a dropped local block, kept until it is mined again: {@code origin} is the block that
 * first carried it, {@code droppedHash} the block (the origin or a copy) whose drop queued it.
 */
public record PendingData(long id, String data, BlockSource source, String origin, String droppedHash) {
}
