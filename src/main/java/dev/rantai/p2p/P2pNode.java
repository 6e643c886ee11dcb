package dev.rantai.p2p;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.peer.Backoff;
import dev.rantai.p2p.peer.BanList;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.peer.PeerView;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.Ping;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;

/**
 * A node's peer-to-peer service: the TCP server, the outbound connections, the protocol, gossip
 * and sync. Everything runs on one Vert.x event-loop context, so its state needs no locks; the
 * public methods hop onto it and answer with futures.
 */
public final class P2pNode implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(P2pNode.class);

    private final Vertx vertx;
    private final Context context;
    private final ChainService chain;
    private final P2pConfig config;
    private final String nodeId;
    private final P2pMetrics metrics;
    private final MessageCodec codec;
    private final BanList bans;
    private final NetClient client;
    private final NetClient bookClient;
    private final P2pSecurity security;
    private final PeerManager peers;
    private final BlockSync sync;
    private final Gossip gossip;
    private final Protocol protocol;
    private final Instant startedAt = Instant.now();
    private NetServer server;
    private long tickTimer = -1;
    private volatile int boundPort;
    private volatile P2pStatus status = new P2pStatus(false, 0, 0, 0);

    public P2pNode(Vertx vertx, ChainService chain, P2pConfig config, String nodeId, MeterRegistry registry,
            ObjectMapper mapper) {
        this(vertx, chain, config, P2pSecurity.none(), nodeId, registry, mapper);
    }

    public P2pNode(Vertx vertx, ChainService chain, P2pConfig config, P2pSecurity security, String nodeId,
            MeterRegistry registry, ObjectMapper mapper) {
        this.vertx = vertx;
        this.security = security;
        this.context = vertx.getOrCreateContext();
        this.chain = chain;
        this.config = config;
        this.nodeId = nodeId;
        this.metrics = new P2pMetrics(registry);
        this.codec = new MessageCodec(mapper, config.maxFrameBytes());
        this.bans = new BanList(config.banDuration(), System::currentTimeMillis);
        int connectTimeout = (int) Math.min(Integer.MAX_VALUE, config.handshakeTimeout().toMillis());
        this.bookClient = vertx.createNetClient(new NetClientOptions().setConnectTimeout(connectTimeout)
                .setTcpNoDelay(true));
        // The book's nodes speak plain TCP, so with TLS the peers get a client of their own.
        this.client = security.tls().isEmpty() ? bookClient
                : vertx.createNetClient(security.tls().get()
                        .apply(new NetClientOptions().setConnectTimeout(connectTimeout).setTcpNoDelay(true)));
        Offender offender = this::misbehaved;
        PeerManager.Policy policy = new PeerManager.Policy(config.maxPeers(), config.targetOutbound(),
                config.banScope(), new Backoff(config.minBackoff(), config.maxBackoff(), ThreadLocalRandom.current()));
        this.peers = new PeerManager(vertx, policy, nodeId, bans, metrics, System::currentTimeMillis, this::dial);
        this.sync = new BlockSync(context, chain, offender, System::currentTimeMillis);
        BookBridge book = new BookBridge(chain, bookClient, new BookFormat(mapper), config.bookPeers(), metrics);
        this.gossip = new Gossip(context, chain, codec, peers::connected, sync, offender, metrics, book);
        this.protocol = new Protocol(chain, codec, peers, sync, gossip, book, offender, metrics,
                System::currentTimeMillis, security.secret(), nodeId);
    }

    /** Binds the server, dials the configured peers and joins the chain's events; completes with the bound port. */
    public CompletableFuture<Integer> start() {
        CompletableFuture<Integer> started = new CompletableFuture<>();
        NetServerOptions serverOptions = new NetServerOptions().setHost(config.host()).setPort(config.port())
                .setTcpNoDelay(true);
        security.tls().ifPresent(tls -> tls.apply(serverOptions));
        context.runOnContext(v -> vertx.createNetServer(serverOptions).connectHandler(this::accepted).listen()
                .onSuccess(s -> {
                    server = s;
                    boundPort = s.actualPort();
                    chain.addListener(gossip, task -> context.runOnContext(ignored -> task.run()));
                    config.peers().forEach(peers::addPermanent);
                    long period = Math.max(20, Math.min(1000,
                            Math.min(config.handshakeTimeout().toMillis(), config.idleTimeout().toMillis() / 3) / 5));
                    tickTimer = vertx.setPeriodic(period, id -> tick());
                    status = new P2pStatus(true, 0, 0, 0);
                    LOG.infof("P2P node %s listening on %s:%d", nodeId, config.host(), boundPort);
                    started.complete(boundPort);
                })
                .onFailure(e -> started.completeExceptionally(new IllegalStateException("cannot listen on "
                        + config.host() + ":" + config.port() + " (rantai.p2p.port): " + e.getMessage(), e))));
        return started;
    }

    public int port() {
        return boundPort;
    }

    public String nodeId() {
        return nodeId;
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
        return new NodeInfo(nodeId, chain.rules().genesis().hash(), config.agent(), P2pConfig.PROTOCOL_VERSION,
                addresses, startedAt, Duration.between(startedAt, Instant.now()));
    }

    public CompletableFuture<List<PeerView>> peers() {
        return onContext(peers::views);
    }

    /** Connects to the address and keeps it connected, like a configured peer. */
    public CompletableFuture<Void> addPeer(PeerAddress address) {
        return onContext(() -> {
            peers.addPermanent(address);
            return null;
        });
    }

    /** Forgets the address and closes its connection; false if it was not a peer. */
    public CompletableFuture<Boolean> removePeer(PeerAddress address) {
        return onContext(() -> peers.remove(address));
    }

    /** Lifts a ban: true if there was one. */
    public CompletableFuture<Boolean> unban(String key) {
        return onContext(() -> bans.lift(key));
    }

    private <T> CompletableFuture<T> onContext(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void accepted(NetSocket socket) {
        String host = socket.remoteAddress().hostAddress();
        Optional<BanList.Ban> ban = bans.find(config.banScope().key(host, socket.remoteAddress().port()));
        if (ban.isPresent()) {
            refuse(socket, "banned", "banned until " + ban.get().until());
        } else if (!peers.hasRoomForInbound()) {
            refuse(socket, "full", "too many peers");
        } else {
            Session session = attach(socket, Direction.INBOUND, Optional.empty());
            session.send(hello(session));
        }
    }

    private void refuse(NetSocket socket, String metric, String reason) {
        metrics.refused(metric);
        LOG.debugf("Refused %s: %s", socket.remoteAddress(), reason);
        socket.write(codec.encode(new Bye(reason)) + "\n").onComplete(v -> socket.close());
    }

    private Future<Session> dial(PeerAddress address) {
        Promise<Session> promise = Promise.promise();
        client.connect(address.port(), address.host()).onComplete(connected -> {
            if (connected.failed()) {
                promise.fail(connected.cause());
                return;
            }
            Session session = attach(connected.result(), Direction.OUTBOUND, Optional.of(address));
            session.send(hello(session));
            promise.complete(session);
        });
        return promise.future();
    }

    private Session attach(NetSocket socket, Direction direction, Optional<PeerAddress> dialed) {
        Session session = new Session(socket, direction, dialed, codec, metrics, System.currentTimeMillis());
        RecordParser parser = RecordParser.newDelimited("\n");
        parser.maxRecordSize(config.maxFrameBytes());
        parser.handler(line -> protocol.onLine(session, line));
        parser.exceptionHandler(e -> misbehaved(session, Misbehaviour.OVERSIZE, "no newline within "
                + config.maxFrameBytes() + " bytes"));
        socket.handler(parser);
        socket.exceptionHandler(e -> LOG.debugf("%s: %s", session, e.getMessage()));
        socket.closeHandler(v -> {
            session.closeSilently();
            peers.closed(session);
            if (session.isHandshaken()) {
                LOG.infof("Disconnected %s", session);
            }
        });
        peers.opened(session);
        return session;
    }

    private Hello hello(Session session) {
        ChainTip tip = chain.tip();
        int listenPort = config.advertisedAddress().map(PeerAddress::port).orElse(boundPort);
        Hello hello = new Hello(P2pConfig.PROTOCOL_VERSION, chain.rules().genesis().hash(), nodeId, listenPort,
                tip.height(), tip.hash(), tip.work(), config.agent());
        session.advertisedTip(tip.hash());
        if (security.secret().isPresent()) {
            session.ownNonce(SharedSecret.newNonce());
            return hello.withNonce(session.ownNonce());
        }
        return hello;
    }

    private void misbehaved(Session session, Misbehaviour why, String detail) {
        if (session.isClosed()) {
            return;
        }
        String key = peers.banKey(session);
        BanList.Ban ban = bans.ban(key, why.description() + ": " + abbreviate(detail));
        metrics.banned(why);
        LOG.warnf("Banned %s until %s: %s", key, ban.until(), ban.reason());
        session.close("banned: " + why.description());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** Handshake deadlines, idle connections, pings, stalled requests, outbound slots; and the status. */
    private void tick() {
        long now = System.currentTimeMillis();
        long idle = config.idleTimeout().toMillis();
        for (Session s : peers.sessions()) {
            if (s.isClosed()) {
                continue;
            }
            if (!s.isHandshaken()) {
                if (s.isBook() && now - s.lastReceivedAt() > idle) {
                    s.closeSilently();
                } else if (!s.isBook() && now - s.openedAt() > config.handshakeTimeout().toMillis()) {
                    silentPeer(s);
                }
            } else if (now - s.lastReceivedAt() > idle) {
                s.close("idle for " + config.idleTimeout());
            } else if (now - s.lastPingAt() >= idle / 3) {
                long nonce = ThreadLocalRandom.current().nextLong();
                s.pinged(nonce, now);
                s.send(new Ping(nonce));
            } else {
                sync.expire(s, idle);
            }
        }
        peers.fillOutbound();
        List<Session> connected = peers.connected();
        long best = connected.stream().mapToLong(Session::remoteHeight).max().orElse(0);
        status = new P2pStatus(true, connected.size(), best, Math.max(0, best - chain.tip().height()));
    }

    /**
     * A connection without a hello in time. A client that dialed this node and says nothing is
     * banned; a node this node dialed is only closed and dialed again later: it may be busy
     * starting, and a ban would keep a configured peer away for the whole ban duration.
     */
    private void silentPeer(Session s) {
        String why = "no hello within " + config.handshakeTimeout();
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
        context.runOnContext(v -> {
            chain.removeListener(gossip);
            vertx.cancelTimer(tickTimer);
            peers.close();
            peers.sessions().forEach(s -> s.close(Bye.SHUTTING_DOWN));
            Future<Void> serverClosed = server == null ? Future.succeededFuture() : server.close();
            serverClosed.eventually(() -> client.close())
                    .eventually(() -> client == bookClient ? Future.<Void> succeededFuture() : bookClient.close())
                    .onComplete(done -> stopped.complete(null));
        });
        try {
            stopped.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("P2P service did not stop cleanly: %s", e.toString());
        }
        status = new P2pStatus(false, 0, 0, 0);
    }
}
