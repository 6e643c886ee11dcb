package dev.rantai.p2p.peer;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one peer for the API and the dashboard. {@code address} is where it listens
 * (or its IP for a ban by host); {@code rttMillis} is -1 until a ping was answered.
 */
public record PeerView(String address, PeerState state, Optional<String> direction, Optional<String> nodeId,
        boolean configured, long remoteHeight, Optional<Instant> lastSeen, long rttMillis, Optional<String> agent,
        Optional<String> banReason, Optional<Instant> bannedUntil, Optional<Instant> nextAttempt) {
}
