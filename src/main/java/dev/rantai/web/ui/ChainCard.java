package dev.rantai.web.ui;

import java.util.Optional;

import dev.rantai.chain.ChainTip;
import dev.rantai.chain.VerificationReport;

/** The chain for the overview: the tip, the start check and the miner's queue. Read without scanning. */
public record ChainCard(ChainTip tip, Optional<VerificationReport> startCheck, int queued) {
}
