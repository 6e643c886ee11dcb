package dev.rantai.chain;

import java.time.Duration;
import java.util.Optional;

/** The result of checking stored canonical blocks against every rule and against each other. */
public record VerificationReport(boolean valid, long fromHeight, long toHeight, long blocksChecked,
        Optional<Long> failedHeight, Optional<String> problem, Duration took) {
}
