package dev.rantai.p2p.peer;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one peer for the API and the dashboard. {@code address} is where it listens (or its
 * IP for a ban by host); {@code rttMillis} is -1 until a ping was answered. {@code remoteHeight} is
 * the newest block the peer has shown this node (its hello's tip if this node has that block, or a
 * valid block it announced or served); {@code claimedHeight} is what its hello claimed, unverified.
 */
public record PeerView(String address, PeerState state, Optional<String> direction, Optional<String> nodeId,
        boolean configured, long remoteHeight, Optional<Instant> lastSeen, long rttMillis, Optional<String> agent,
        Optional<String> banReason, Optional<Instant> bannedUntil, Optional<Instant> nextAttempt,
        Optional<Instant> connectedSince, long claimedHeight) {
}
