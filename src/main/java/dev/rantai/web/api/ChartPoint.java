package dev.rantai.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.chain.BlockSource;
import dev.rantai.chain.store.StoredBlock;

/** One canonical block as the charts plot it. */
@Schema(name = "ChartPoint")
public record ChartPoint(
        @Schema(description = "Height") long height,
        @Schema(description = "The block's timestamp, epoch ms") long timestamp,
        @Schema(description = "genesis, local, peer or book") String source,
        @Schema(description = "ms since the block before it (by timestamps)", nullable = true) Long intervalMillis,
        @Schema(description = "For a block mined here: ms from its timestamp (mining began) to its commit", nullable = true) Long miningMillis,
        @Schema(description = "For a block from a peer: ms from its timestamp to its storing here", nullable = true) Long propagationMillis) {

    static ChartPoint of(StoredBlock b, Long interval) {
        long since = b.receivedAt() > 0 ? b.receivedAt() - b.block().timestamp() : -1;
        Long mining = b.source().isMinedHere() && since >= 0 ? since : null;
        Long propagation = b.source() == BlockSource.PEER && since >= 0 ? since : null;
        return new ChartPoint(b.height(), b.block().timestamp(), b.source().id(), interval, mining, propagation);
    }
}
