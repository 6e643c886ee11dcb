package dev.rantai.web.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One peer as the dashboard shows it.
 *
 * @param address host:port the peer is known by
 * @param nodeId the id from its hello, once it said hello
 * @param state what the connection is doing, e.g. {@code connected}, {@code connecting}, {@code down}, {@code banned}
 * @param direction {@code inbound} or {@code outbound}
 * @param height the height the peer last told us
 * @param rtt round-trip time of the last ping
 * @param lastSeen when the peer last sent anything
 * @param banReason why the address is refused, while it is
 * @param configured whether the node keeps dialling the address (configured or added), so it can be removed
 */
public record PeerSummary(String address, Optional<String> nodeId, String state, String direction, long height,
        Optional<Duration> rtt, Optional<Instant> lastSeen, Optional<String> banReason, boolean configured) {

    public boolean connected() {
        return "connected".equals(state);
    }

    public boolean banned() {
        return "banned".equals(state);
    }
}
