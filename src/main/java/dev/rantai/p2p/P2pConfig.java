package dev.rantai.p2p;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;

/**
 * Settings of one P2P node (the {@code rantai.p2p.*} keys, as plain values; docs/configuration.md
 * says what each does). {@code minBackoff} and {@code maxBackoff} bound the redial delay of a
 * configured peer (1 s and 8 s in a node); learned addresses back off up to 60 s. Build a variant with
 * {@link #with}.
 */
public record P2pConfig(String host, int port, Optional<PeerAddress> advertisedAddress, List<PeerAddress> peers,
        List<PeerAddress> bookPeers, int maxPeers, int targetOutbound, int maxFrameBytes, Duration handshakeTimeout,
        Duration idleTimeout, Duration banDuration, BanScope banScope, Duration minBackoff, Duration maxBackoff,
        String agent, Duration sendTimeout, int maxInboundPerIp, int maxInboundPerGroup, Duration pingInterval,
        Duration pingTimeout, BookInbound bookInbound, List<String> bookAllowlist) {

    public P2pConfig {
        peers = List.copyOf(peers);
        bookPeers = List.copyOf(bookPeers);
        bookAllowlist = List.copyOf(bookAllowlist);
        for (Duration d : List.of(handshakeTimeout, idleTimeout, sendTimeout, pingInterval, pingTimeout, minBackoff)) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("the P2P timeouts and intervals must be positive");
            }
        }
        if (maxInboundPerIp < 1 || maxInboundPerGroup < 1) {
            throw new IllegalArgumentException("the inbound limits per IP and per group must be at least 1");
        }
    }

    /** A node on 127.0.0.1 with a free port and the documented defaults: for tests and tools. */
    public static P2pConfig loopback(List<PeerAddress> peers) {
        // Every node of a test shares 127.0.0.1: the limits per IP and group are the node's whole room.
        return new P2pConfig("127.0.0.1", 0, Optional.empty(), peers, List.of(), 32, 8, 1 << 20,
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(10), BanScope.HOST,
                Duration.ofSeconds(1), Duration.ofSeconds(8), "rantai/test", Duration.ofSeconds(30), 64, 64,
                Duration.ofSeconds(5), Duration.ofSeconds(5), BookInbound.OPEN, List.of());
    }

    /**
     * The inbound connections that fit: every slot of {@code max-peers} that the outbound connections
     * do not keep for themselves ({@code target-outbound}, at most half of them). Configured peers
     * count in neither.
     */
    public int maxInbound() {
        return maxPeers - Math.min(targetOutbound, maxPeers / 2);
    }

    /** A copy with what {@code change} sets. */
    public P2pConfig with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    public P2pConfig withPeers(List<PeerAddress> newPeers) {
        return with(b -> b.peers = newPeers);
    }

    public P2pConfig withPort(int newPort) {
        return with(b -> b.port = newPort);
    }

    public P2pConfig withLimits(int newMaxPeers, int newTargetOutbound, int newMaxFrameBytes) {
        return with(b -> {
            b.maxPeers = newMaxPeers;
            b.targetOutbound = newTargetOutbound;
            b.maxFrameBytes = newMaxFrameBytes;
        });
    }

    public P2pConfig withTimeouts(Duration newHandshake, Duration newIdle, Duration newBan) {
        return with(b -> {
            b.handshakeTimeout = newHandshake;
            b.idleTimeout = newIdle;
            b.banDuration = newBan;
        });
    }

    public P2pConfig withBanScope(BanScope newScope) {
        return with(b -> b.banScope = newScope);
    }

    public P2pConfig withBookPeers(List<PeerAddress> newBookPeers) {
        return with(b -> b.bookPeers = newBookPeers);
    }

    public P2pConfig withSendTimeout(Duration newSendTimeout) {
        return with(b -> b.sendTimeout = newSendTimeout);
    }

    public P2pConfig withBackoff(Duration newMinBackoff, Duration newMaxBackoff) {
        return with(b -> {
            b.minBackoff = newMinBackoff;
            b.maxBackoff = newMaxBackoff;
        });
    }

    /** The settings as fields to change, for {@link P2pConfig#with}. */
    public static final class Builder {
        public String host;
        public int port;
        public Optional<PeerAddress> advertisedAddress;
        public List<PeerAddress> peers;
        public List<PeerAddress> bookPeers;
        public int maxPeers;
        public int targetOutbound;
        public int maxFrameBytes;
        public Duration handshakeTimeout;
        public Duration idleTimeout;
        public Duration banDuration;
        public BanScope banScope;
        public Duration minBackoff;
        public Duration maxBackoff;
        public String agent;
        public Duration sendTimeout;
        public int maxInboundPerIp;
        public int maxInboundPerGroup;
        public Duration pingInterval;
        public Duration pingTimeout;
        public BookInbound bookInbound;
        public List<String> bookAllowlist;

        Builder(P2pConfig c) {
            host = c.host;
            port = c.port;
            advertisedAddress = c.advertisedAddress;
            peers = c.peers;
            bookPeers = c.bookPeers;
            maxPeers = c.maxPeers;
            targetOutbound = c.targetOutbound;
            maxFrameBytes = c.maxFrameBytes;
            handshakeTimeout = c.handshakeTimeout;
            idleTimeout = c.idleTimeout;
            banDuration = c.banDuration;
            banScope = c.banScope;
            minBackoff = c.minBackoff;
            maxBackoff = c.maxBackoff;
            agent = c.agent;
            sendTimeout = c.sendTimeout;
            maxInboundPerIp = c.maxInboundPerIp;
            maxInboundPerGroup = c.maxInboundPerGroup;
            pingInterval = c.pingInterval;
            pingTimeout = c.pingTimeout;
            bookInbound = c.bookInbound;
            bookAllowlist = c.bookAllowlist;
        }

        P2pConfig build() {
            return new P2pConfig(host, port, advertisedAddress, peers, bookPeers, maxPeers, targetOutbound, maxFrameBytes,
                    handshakeTimeout, idleTimeout, banDuration, banScope, minBackoff, maxBackoff, agent, sendTimeout,
                    maxInboundPerIp, maxInboundPerGroup, pingInterval, pingTimeout, bookInbound, bookAllowlist);
        }
    }
}
