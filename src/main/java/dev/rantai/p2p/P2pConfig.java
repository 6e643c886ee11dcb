package dev.rantai.p2p;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;

/**
 * Settings of one P2P node (the {@code rantai.p2p.*} keys, as plain values). {@code minBackoff}
 * and {@code maxBackoff} bound the redial delay (1 s and 60 s in a node).
 */
public record P2pConfig(String host, int port, Optional<PeerAddress> advertisedAddress, List<PeerAddress> peers,
        List<PeerAddress> bookPeers, int maxPeers, int targetOutbound, int maxFrameBytes, Duration handshakeTimeout,
        Duration idleTimeout, Duration banDuration, BanScope banScope, Duration minBackoff, Duration maxBackoff,
        String agent, Duration sendTimeout) {

    public P2pConfig {
        peers = List.copyOf(peers);
        bookPeers = List.copyOf(bookPeers);
        if (handshakeTimeout.isZero() || handshakeTimeout.isNegative() || idleTimeout.isZero()
                || idleTimeout.isNegative() || sendTimeout.isZero() || sendTimeout.isNegative()) {
            throw new IllegalArgumentException("the handshake, idle and send timeouts must be positive");
        }
    }

    /** A node on 127.0.0.1 with a free port and the documented defaults: for tests and tools. */
    public static P2pConfig loopback(List<PeerAddress> peers) {
        return new P2pConfig("127.0.0.1", 0, Optional.empty(), peers, List.of(), 32, 8, 1 << 20,
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(10), BanScope.HOST,
                Duration.ofSeconds(1), Duration.ofSeconds(60), "rantai/test", Duration.ofSeconds(30));
    }

    public P2pConfig withPeers(List<PeerAddress> newPeers) {
        return new P2pConfig(host, port, advertisedAddress, newPeers, bookPeers, maxPeers, targetOutbound,
                maxFrameBytes, handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent,
                sendTimeout);
    }

    public P2pConfig withPort(int newPort) {
        return new P2pConfig(host, newPort, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound,
                maxFrameBytes, handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent,
                sendTimeout);
    }

    public P2pConfig withLimits(int newMaxPeers, int newTargetOutbound, int newMaxFrameBytes) {
        return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, newMaxPeers, newTargetOutbound,
                newMaxFrameBytes, handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent,
                sendTimeout);
    }

    public P2pConfig withTimeouts(Duration newHandshake, Duration newIdle, Duration newBan) {
        return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound,
                maxFrameBytes, newHandshake, newIdle, newBan, banScope, minBackoff, maxBackoff, agent, sendTimeout);
    }

    public P2pConfig withBanScope(BanScope newScope) {
        return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound,
                maxFrameBytes, handshakeTimeout, idleTimeout, banDuration, newScope, minBackoff, maxBackoff, agent,
                sendTimeout);
    }

    public P2pConfig withBookPeers(List<PeerAddress> newBookPeers) {
        return new P2pConfig(host, port, advertisedAddress, peers, newBookPeers, maxPeers, targetOutbound,
                maxFrameBytes, handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent,
                sendTimeout);
    }

    public P2pConfig withSendTimeout(Duration newSendTimeout) {
        return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound, maxFrameBytes,
                handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent, newSendTimeout);
    }

    public P2pConfig withBackoff(Duration newMinBackoff, Duration newMaxBackoff) {
        return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound, maxFrameBytes,
                handshakeTimeout, idleTimeout, banDuration, banScope, newMinBackoff, newMaxBackoff, agent, sendTimeout);
    }
}
