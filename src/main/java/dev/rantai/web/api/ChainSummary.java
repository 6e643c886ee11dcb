package dev.rantai.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chain at a glance. */
@Schema(name = "Chain")
public record ChainSummary(
        @Schema(description = "The network's identity: its genesis hash, as peers exchange it in hello") String network,
        @Schema(description = "The genesis block") BlockView genesis,
        @Schema(description = "Height of the canonical tip") long height,
        @Schema(description = "Hash of the canonical tip") String tip,
        @Schema(description = "Timestamp of the tip, epoch milliseconds") long tipTimestamp,
        @Schema(description = "Total work of the canonical chain (sum of 2^difficulty), a decimal string because it"
                + " can exceed the numbers JSON parsers keep exactly") String work,
        @Schema(description = "Leading zero bits every block hash needs") int difficulty,
        @Schema(description = "Largest data accepted, in UTF-8 bytes") int maxDataBytes,
        @Schema(description = "Submissions waiting to be mined") int queued) {
}
