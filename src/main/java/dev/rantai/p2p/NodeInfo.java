package dev.rantai.p2p;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Who this node is: for {@code GET /api/node}. */
public record NodeInfo(String nodeId, String network, String agent, int protocolVersion, List<String> addresses,
        Instant startedAt, Duration uptime) {
}
