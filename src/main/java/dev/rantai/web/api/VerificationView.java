package dev.rantai.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.chain.VerificationReport;

/** The result of re-checking the whole canonical chain. */
@Schema(name = "Verification")
public record VerificationView(
        @Schema(description = "Whether every canonical block passed every rule") boolean valid,
        @Schema(description = "Blocks checked") long checked,
        long fromHeight,
        long toHeight,
        @Schema(description = "First height that failed, null when valid", nullable = true) Long failedHeight,
        @Schema(description = "What failed there, null when valid", nullable = true) String problem,
        @Schema(description = "How long the check took, milliseconds") long tookMs) {

    static VerificationView of(VerificationReport r) {
        return new VerificationView(r.valid(), r.blocksChecked(), r.fromHeight(), r.toHeight(),
                r.failedHeight().orElse(null), r.problem().orElse(null), r.took().toMillis());
    }
}
