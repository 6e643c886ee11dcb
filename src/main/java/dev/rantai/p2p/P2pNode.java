package dev.rantai.p2p;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.book.BookPolicy;
import dev.rantai.p2p.handshake.Handshake;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.Backoff;
import dev.rantai.p2p.peer.BanList;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.peer.PeerView;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.sync.FutureBlocks;
import dev.rantai.p2p.transport.Connection;
import dev.rantai.p2p.transport.EventLoop;
import dev.rantai.p2p.transport.Transport;
import dev.rantai.p2p.transport.VertxTransport;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Excerpt;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.Ping;
import dev.rantai.p2p.wire.WireLimits;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

/**
 * A node's peer-to-peer service: the server, the outbound connections, the handshake, the protocol,
 * gossip and sync. Everything runs on one event loop, so its state needs no locks; the public
 * methods hop onto it and answer with futures. Only the {@link Transport} knows the network library:
 * this class hands it Vert.x and uses nothing else of it.
 */
public final class P2pNode implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(P2pNode.class);
    /** Inbound connections before their handshake completes (TLS, hello, auth, and book lines), at most, in all. */
    static final int MAX_PENDING = 32;
    /** Inbound connections before their handshake completes from one IP address, at most. */
    static final int MAX_PENDING_PER_HOST = 4;
    /** Learned addresses are many and unproven: their redial backs off further than a configured peer's. */
    static final Duration LEARNED_MAX_BACKOFF = Duration.ofSeconds(60);

    private final Transport transport;
    private final EventLoop loop;
    private final ChainService chain;
    private final P2pConfig config;
    private final NodeKey key;
    private final P2pMetrics metrics;
    private final MessageCodec codec;
    private final BanList bans;
    private final PeerManager peers;
    private final BlockSync sync;
    private final Gossip gossip;
    private final Handshake handshake;
    private final Protocol protocol;
    private final BookPolicy bookPolicy;
    private final FutureBlocks future;
    private final LongSupplier clock = System::currentTimeMillis;
    private final Instant startedAt = Instant.now();
    private long tickTimer = -1;
    private volatile int boundPort;
    private volatile P2pStatus status = new P2pStatus(false, 0, 0, 0);

    public P2pNode(Vertx vertx, ChainService chain, P2pConfig config, NodeKey key, MeterRegistry registry) {
        this(vertx, chain, config, P2pSecurity.none(), key, registry);
    }

    /**
     * @throws IllegalArgumentException if {@code rantai.p2p.max-frame-bytes} cannot hold one block of
     *         {@code rantai.chain.max-data-bytes} in its worst-case JSON escaping
     */
    public P2pNode(Vertx vertx, ChainService chain, P2pConfig config, P2pSecurity security, NodeKey key,
            MeterRegistry registry) {
        WireLimits limits = new WireLimits(config.maxFrameBytes(), chain.rules().params().maxDataBytes());
        if (!limits.holdsAnyBlock()) {
            throw new IllegalArgumentException(frameTooSmall(limits));
        }
        this.transport = new VertxTransport(vertx, config.maxFrameBytes(), config.handshakeTimeout(), security.tls());
        this.loop = transport.loop();
        this.chain = chain;
        this.config = config;
        this.key = key;
        this.metrics = new P2pMetrics(registry);
        this.codec = new MessageCodec(limits);
        this.bans = new BanList(config.banDuration(), clock);
        Offender offender = this::misbehaved;
        PeerManager.Policy policy = new PeerManager.Policy(config.maxPeers(), config.targetOutbound(),
                config.banScope(), new Backoff(config.minBackoff(), config.maxBackoff(), ThreadLocalRandom.current()),
                new Backoff(config.minBackoff(), LEARNED_MAX_BACKOFF, ThreadLocalRandom.current()),
                config.handshakeTimeout().toMillis(), config.maxInbound(), config.maxInboundPerIp(),
                config.maxInboundPerGroup(), config.pingInterval().toMillis());
        this.peers = new PeerManager(loop, policy, key.nodeId(), bans, metrics, clock, this::dial);
        this.future = new FutureBlocks();
        this.sync = new BlockSync(loop, chain, codec, offender, clock, future, () -> peers.connected());
        this.bookPolicy = new BookPolicy(config.bookInbound(), config.bookAllowlist());
        BookBridge book = new BookBridge(chain, transport, new BookFormat(new ObjectMapper()), config.bookPeers(),
                bookPolicy, metrics, clock);
        Throttle throttle = new Throttle(loop, clock, metrics, (session, reason, forHowLong) -> {
            if (!peers.isExempt(session)) {
                bans.ban(peers.banKey(session), reason, forHowLong);
            }
        });
        this.gossip = new Gossip(loop, chain, codec, peers::connected, sync, offender, metrics, book, throttle, future);
        this.handshake = new Handshake(key, chain.rules().genesis().hash(), security.secret(), codec, metrics, offender,
                new Handshake.Listener() {
                    @Override
                    public void onHandshake(Session session, String advertisedTip) {
                        admit(session, advertisedTip);
                    }

                    @Override
                    public void onSelf(Session session) {
                        peers.self(session);
                    }
                }, this::hello);
        this.protocol = new Protocol(loop, codec, handshake, peers, sync, gossip, book, offender, metrics, throttle, clock);
    }

    /** The refusal of a frame limit too small for the data limit, naming both keys. */
    public static String frameTooSmall(WireLimits limits) {
        return "rantai.p2p.max-frame-bytes=" + limits.maxFrameBytes() + " cannot hold a block of"
                + " rantai.chain.max-data-bytes=" + limits.maxDataBytes() + " bytes: JSON may escape each byte of data"
                + " in " + WireLimits.WORST_ESCAPE_FACTOR + " bytes, so a line needs up to "
                + WireLimits.worstBlockLineBytes(limits.maxDataBytes()) + " bytes. Raise max-frame-bytes to at least"
                + " that, or lower max-data-bytes to at most "
                + (limits.maxFrameBytes() - WireLimits.BLOCK_OVERHEAD_BYTES) / WireLimits.WORST_ESCAPE_FACTOR;
    }

    /** Binds the server, dials the configured peers and joins the chain's events; completes with the bound port. */
    public CompletableFuture<Integer> start() {
        return transport.listen(config.host(), config.port(), this::accepted).handle((port, error) -> {
            if (error != null) {
                throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
                        + " (rantai.p2p.port): " + error.getMessage(), error);
            }
            return port;
        }).thenCompose(port -> onLoop(() -> {
            boundPort = port;
            chain.addListener(gossip, loop::execute);
            config.peers().forEach(peers::addPermanent);
            long period = Math.max(20, Math.min(1000, Math.min(config.handshakeTimeout().toMillis(),
                    Math.min(config.pingTimeout().toMillis(), config.idleTimeout().toMillis() / 3)) / 5));
            tickTimer = loop.periodic(period, this::tick);
            status = new P2pStatus(true, 0, 0, 0);
            LOG.infof("P2P node %s listening on %s:%d; book lines (rantai.p2p.book-inbound): %s", key.nodeId(),
                    config.host(), port, bookPolicy.describe());
            return port;
        }));
    }

    public int port() {
        return boundPort;
    }

    public String nodeId() {
        return key.nodeId();
    }

    public P2pMetrics metrics() {
        return metrics;
    }

    public P2pStatus status() {
        return status;
    }

    public NodeInfo info() {
        List<String> addresses = new ArrayList<>();
        addresses.add(new PeerAddress(config.host(), Math.max(1, boundPort)).toString());
        config.advertisedAddress().ifPresent(a -> addresses.add(a.toString()));
        return new NodeInfo(key.nodeId(), chain.rules().genesis().hash(), config.agent(), Handshake.VERSION,
                addresses, startedAt, Duration.between(startedAt, Instant.now()));
    }

    public CompletableFuture<List<PeerView>> peers() {
        return onLoop(peers::views);
    }

    /**
     * Connects to the address and keeps it connected, like a configured peer.
     *
     * @return a future that fails with {@link dev.rantai.p2p.peer.PeerLimitException} when the node
     *         keeps as many addresses as it allows
     */
    public CompletableFuture<PeerAddress> addPeer(PeerAddress address) {
        return onLoop(() -> peers.addPermanent(address));
    }

    /**
     * Whether the address is this node's own P2P endpoint, as far as can be told without a DNS lookup:
     * its advertised address, or its bound port on an address it listens on (with a wildcard bind, a
     * loopback address, the wildcard itself or an address of one of this host's interfaces, IPv4 or IPv6,
     * as the wildcard listens on both; {@code localhost} counts as {@code 127.0.0.1}). Another name for this node is found
     * out at the handshake, which shows the peer as {@code self} and does not dial it again.
     */
    public boolean isOwnAddress(PeerAddress address) {
        PeerAddress endpoint = address.endpoint();
        if (config.advertisedAddress().map(PeerAddress::endpoint).filter(endpoint::equals).isPresent()) {
            return true;
        }
        if (boundPort == 0 || endpoint.port() != boundPort) {
            return false;
        }
        String boundHost = new PeerAddress(config.host(), boundPort).endpoint().host();
        java.net.InetAddress ip = ipLiteral(endpoint.host());
        java.net.InetAddress bound = ipLiteral(boundHost);
        if (ip == null || bound == null) {
            return endpoint.host().equals(boundHost);
        }
        if (!bound.isAnyLocalAddress()) {
            return ip.equals(bound);
        }
        try {
            return ip.isLoopbackAddress() || ip.isAnyLocalAddress()
                    || java.net.NetworkInterface.getByInetAddress(ip) != null;
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    /** The address of an IP literal (no lookup is made), or null for a name. */
    private static java.net.InetAddress ipLiteral(String host) {
        if (!new PeerAddress(host, 1).isIpLiteral()) {
            return null;
        }
        try {
            return java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    /** Forgets the address and closes its connection; false if it was not a peer. */
    public CompletableFuture<Boolean> removePeer(PeerAddress address) {
        return onLoop(() -> peers.remove(address));
    }

    /**
     * Lifts, at the operator's request, every ban on the IP of {@code target} ({@link PeerManager#liftBans}): of the
     * whole host, and of its host:port, or of every port of it when {@code port} is empty. Addresses this
     * node dials that waited out the ban are dialed again at once.
     *
     * @return the bans lifted, empty when none was in force
     */
    public CompletableFuture<List<BanList.Ban>> liftBans(PeerAddress target, OptionalInt port) {
        return onLoop(() -> {
            List<BanList.Ban> lifted = peers.liftBans(target.host(), port);
            lifted.forEach(b -> LOG.infof("Ban on %s lifted by the operator (it was: %s)", b.key(), b.reason()));
            return lifted;
        });
    }

    private <T> CompletableFuture<T> onLoop(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * A new inbound connection, before anything is read from it: refused at once if its address is
     * banned, if too many connections (from its IP, or in all) are still in their handshake, or if
     * no room is left; with TLS its TLS handshake starts only once it is admitted here.
     */
    private void accepted(Connection connection) {
        String host = connection.remoteHost();
        Optional<BanList.Ban> ban = bans.find(config.banScope().key(host, connection.remotePort()));
        if (ban.isPresent()) {
            refuse(connection, "banned", "banned until " + ban.get().until());
            return;
        }
        int pending = 0;
        int pendingFromHost = 0;
        for (Session s : peers.sessions()) {
            // This node's own dials in their handshake are bounded by what it dials, not counted here.
            if (!s.isHandshaken() && s.direction() == Direction.INBOUND && !s.isClosed()) {
                pending++;
                if (s.remoteHost().equals(host)) {
                    pendingFromHost++;
                }
            }
        }
        Optional<String> noRoom = peers.inboundRefusal(host);
        if (pendingFromHost >= MAX_PENDING_PER_HOST) {
            refuse(connection, "pending-per-host", "too many connections in their handshake from " + host);
        } else if (pending >= MAX_PENDING) {
            refuse(connection, "pending", "too many connections in their handshake");
        } else if (noRoom.isPresent()) {
            refuse(connection, "full", noRoom.get());
        } else {
            Session session = attach(connection, Direction.INBOUND, Optional.empty());
            connection.secure().whenComplete((v, error) -> {
                if (error != null) {
                    LOG.debugf("TLS handshake with %s failed: %s", session, error.getMessage());
                    session.closeSilently();
                } else if (!session.isClosed()) {
                    handshake.start(session);
                }
            });
        }
    }

    private void refuse(Connection connection, String metric, String reason) {
        metrics.refused(metric);
        LOG.debugf("Refused %s:%d: %s", connection.remoteHost(), connection.remotePort(), reason);
        // Plain bytes even on a TLS port: the connection is refused before its TLS handshake.
        connection.write(codec.line(new Bye(reason)));
        connection.close();
    }

    private CompletableFuture<Session> dial(PeerAddress address) {
        return transport.dial(address).thenApply(connection -> {
            Session session = attach(connection, Direction.OUTBOUND, Optional.of(address));
            handshake.start(session);
            return session;
        });
    }

    private Session attach(Connection connection, Direction direction, Optional<PeerAddress> dialed) {
        Session session = new Session(connection, direction, dialed, codec, metrics, clock);
        peers.opened(session);
        connection.start(new Connection.Inbound() {
            @Override
            public void onLine(byte[] line) {
                protocol.onLine(session, line);
            }

            @Override
            public void onOversize() {
                misbehaved(session, Misbehaviour.OVERSIZE, "no newline within " + config.maxFrameBytes() + " bytes");
            }

            @Override
            public void onClosed() {
                session.closeSilently();
                handshake.closed(session);
                sync.closed(session);
                peers.closed(session);
                if (session.isHandshaken()) {
                    LOG.infof("Disconnected %s", session);
                }
            }
        });
        return session;
    }

    /** This node's hello as it stands now, with the nonce of one connection. */
    private Hello hello(String nonce) {
        ChainTip tip = chain.tip();
        int listenPort = config.advertisedAddress().map(PeerAddress::port).orElse(boundPort);
        return new Hello(Handshake.VERSION, chain.rules().genesis().hash(), key.nodeId(), key.publicKeyHex(), nonce,
                listenPort, tip.height(), tip.hash(), tip.work(), config.agent());
    }

    /** The peer proved who it is: admitted, or closed with the reason. */
    private void admit(Session session, String advertisedTip) {
        // By its listen address now that it is known (its source port if it does not listen)
        // A configured peer's proven id admits it whoever else shares its ban key (an IP, a claimed port).
        if (peers.isBanned(peers.banKey(session)) && session.dialed().isEmpty() && !peers.isExempt(session)) {
            metrics.refused("banned");
            session.close("banned");
            return;
        }
        Optional<String> refusal = peers.admit(session);
        if (refusal.isPresent()) {
            LOG.debugf("Closing %s: %s", session, refusal.get());
            session.close(refusal.get());
            return;
        }
        Hello hello = session.hello().orElseThrow();
        LOG.infof("Connected %s: %s, height %d", session, hello.agent(), hello.height());
        gossip.onHandshake(session, advertisedTip);
        sync.onHandshake(session);
        // Its height counts once this node has its tip: a claim alone moves no figure (readiness, blocks behind).
        loop.offload(() -> chain.store().byHash(hello.tip())).whenComplete((stored, error) -> {
            if (error == null) {
                stored.ifPresent(b -> session.remoteHas(b.block().index()));
            }
        });
        session.send(new dev.rantai.p2p.wire.GetPeers());
    }

    private void misbehaved(Session session, Misbehaviour why, String detail) {
        if (session.isClosed()) {
            return;
        }
        if (session.direction() == Direction.OUTBOUND && !session.isHandshaken()) {
            // A service this node dialed that does not speak the protocol (say, a node's HTTP port given as a peer):
            // what it sent says nothing of the host's other ports, so nothing is banned; the address is dialed
            // again after its backoff, as after a failed connection.
            LOG.debugf("Closed %s before its handshake: %s (%s)", session.peerName(), why.description(),
                    Excerpt.of(detail, 200));
            session.close("not a node of this protocol: " + why.description());
            return;
        }
        String banKey = peers.banKey(session);
        BanList.Ban ban = bans.ban(banKey, why.description() + ": " + Excerpt.of(detail, 200));
        metrics.banned(why);
        LOG.warnf("Banned %s until %s: %s", banKey, ban.until(), ban.reason());
        session.close("banned: " + why.description());
    }

    /**
     * Handshake deadlines, idle connections, pings, peers that do not read, stalled requests, outbound
     * slots; and the status.
     */
    private void tick() {
        long now = clock.getAsLong();
        long idle = config.idleTimeout().toMillis();
        for (Session s : peers.sessions()) {
            if (s.isClosed()) {
                continue;
            }
            if (s.outputStalledFor(now) > config.sendTimeout().toMillis()) {
                LOG.infof("Closing %s: it read nothing for %s while its send queue was full", s, config.sendTimeout());
                metrics.refused("not-reading");
                s.closeSilently();
            } else if (!s.isHandshaken()) {
                if (s.isBook() && now - s.lastReceivedAt() > idle) {
                    s.closeSilently();
                } else if (!s.isBook() && now - s.openedAt() > config.handshakeTimeout().toMillis()) {
                    silentPeer(s);
                }
            } else if (s.pongDueAt() != 0 && now > s.pongDueAt() && !s.isPaused(Session.PAUSED_ANY)) {
                // (a session whose reading this node paused cannot show its pong; its own limits apply)
                // A dead link looks like a quiet one to TCP for minutes: the missing pong says it at once.
                LOG.infof("Closing %s: no pong within %s", s, config.pingTimeout());
                metrics.refused("ping-timeout");
                s.close("no pong within " + config.pingTimeout());
            } else if (now - s.lastReceivedAt() > idle) {
                s.close("idle for " + config.idleTimeout());
            } else if (now - s.lastPingAt() >= config.pingInterval().toMillis()) {
                long nonce = ThreadLocalRandom.current().nextLong();
                s.pinged(nonce, now, now + config.pingTimeout().toMillis());
                s.send(new Ping(nonce));
            } else {
                sync.tick(s, idle);
            }
            if (s.isHandshaken()) {
                gossip.tick(s);
            }
        }
        peers.fillOutbound();
        if (future.size() > 0) {
            gossip.retry(future.due(now, chain.rules().params().maxFutureDrift().toMillis()));
        }
        List<Session> connected = peers.connected();
        long best = connected.stream().mapToLong(Session::remoteHeight).max().orElse(0);
        status = new P2pStatus(true, connected.size(), best, Math.max(0, best - chain.tip().height()));
    }

    /**
     * A connection without a completed handshake in time. A client that dialed this node and did
     * not complete it is banned; a node this node dialed is only closed and dialed again later: it
     * may be busy starting, and a ban would keep a configured peer away for the whole ban duration.
     */
    private void silentPeer(Session s) {
        String why = "no handshake within " + config.handshakeTimeout();
        if (s.direction() == Direction.OUTBOUND) {
            s.close(why);
        } else {
            misbehaved(s, Misbehaviour.HANDSHAKE_TIMEOUT, why);
        }
    }

    /** Says bye to every peer, stops dialing and closes the server; waits up to 10 s. */
    @Override
    public void close() {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        loop.execute(() -> {
            chain.removeListener(gossip);
            loop.cancel(tickTimer);
            peers.close();
            peers.sessions().forEach(s -> s.close(Bye.SHUTTING_DOWN));
            transport.close().whenComplete((v, e) -> stopped.complete(null));
        });
        try {
            stopped.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("P2P service did not stop cleanly: %s", e.toString());
        }
        status = new P2pStatus(false, 0, 0, 0);
    }
}
