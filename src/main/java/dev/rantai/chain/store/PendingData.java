package dev.rantai.chain.store;

import dev.rantai.chain.BlockSource;

/** Data of a dropped local block, kept until it is mined again. */
public record PendingData(long id, String data, BlockSource source, String droppedHash) {
}
