package dev.rantai.p2p.transport;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.rantai.p2p.P2pTls;
import dev.rantai.p2p.peer.PeerAddress;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;

/**
 * The transport on Vert.x's TCP server and clients. With TLS the server still accepts plain TCP and
 * upgrades each connection only after the node admitted it ({@link Connection#secure()}): a client
 * that never starts its TLS handshake is then counted, limited and timed out like any connection
 * before its hello, instead of waiting outside every limit.
 */
public final class VertxTransport implements Transport {
    private final Vertx vertx;
    private final VertxEventLoop loop;
    private final int maxFrameBytes;
    private final Optional<P2pTls> tls;
    private final NetClient client;
    private final NetClient plainClient;
    private final Duration handshakeTimeout;
    private NetServer server;

    public VertxTransport(Vertx vertx, int maxFrameBytes, Duration handshakeTimeout, Optional<P2pTls> tls) {
        this.vertx = vertx;
        this.loop = new VertxEventLoop(vertx);
        this.maxFrameBytes = maxFrameBytes;
        this.tls = tls;
        this.handshakeTimeout = handshakeTimeout;
        int connectTimeout = (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis());
        this.plainClient = vertx.createNetClient(new NetClientOptions().setConnectTimeout(connectTimeout)
                .setTcpNoDelay(true));
        // The book's nodes speak plain TCP, so with TLS the peers get a client of their own.
        this.client = tls.isEmpty() ? plainClient
                : vertx.createNetClient(clientTls(tls.get(), new NetClientOptions().setConnectTimeout(connectTimeout)
                        .setTcpNoDelay(true)));
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public CompletableFuture<Integer> listen(String host, int port, Consumer<Connection> accepted) {
        CompletableFuture<Integer> bound = new CompletableFuture<>();
        NetServerOptions options = new NetServerOptions().setHost(host).setPort(port).setTcpNoDelay(true);
        tls.ifPresent(t -> serverTls(t, options));
        loop.execute(() -> vertx.createNetServer(options).connectHandler(socket -> accepted.accept(inbound(socket)))
                .listen().onSuccess(s -> {
                    server = s;
                    bound.complete(s.actualPort());
                }).onFailure(bound::completeExceptionally));
        return bound;
    }

    private Connection inbound(NetSocket socket) {
        if (tls.isEmpty()) {
            return new VertxConnection(socket, maxFrameBytes, CompletableFuture.completedFuture(null));
        }
        CompletableFuture<Void> secure = new CompletableFuture<>();
        return new UpgradingConnection(new VertxConnection(socket, maxFrameBytes, secure), socket, secure);
    }

    /** An inbound connection whose TLS handshake starts when the node asks for {@link #secure()}. */
    private static final class UpgradingConnection implements Connection {
        private final VertxConnection plain;
        private final NetSocket socket;
        private final CompletableFuture<Void> secure;
        private boolean started;

        UpgradingConnection(VertxConnection plain, NetSocket socket, CompletableFuture<Void> secure) {
            this.plain = plain;
            this.socket = socket;
            this.secure = secure;
        }

        @Override
        public CompletableFuture<Void> secure() {
            if (!started) {
                started = true;
                socket.upgradeToSsl().onComplete(done -> {
                    if (done.succeeded()) {
                        secure.complete(null);
                    } else {
                        secure.completeExceptionally(done.cause());
                    }
                });
            }
            return secure;
        }

        @Override
        public void start(Inbound inbound) {
            plain.start(inbound);
        }

        @Override
        public String remoteHost() {
            return plain.remoteHost();
        }

        @Override
        public int remotePort() {
            return plain.remotePort();
        }

        @Override
        public void write(byte[] bytes) {
            plain.write(bytes);
        }

        @Override
        public boolean writeQueueFull() {
            return plain.writeQueueFull();
        }

        @Override
        public void onDrain(Runnable handler) {
            plain.onDrain(handler);
        }

        @Override
        public void pauseReading() {
            plain.pauseReading();
        }

        @Override
        public void resumeReading() {
            plain.resumeReading();
        }

        @Override
        public void close() {
            plain.close();
        }
    }

    @Override
    public CompletableFuture<Connection> dial(PeerAddress address) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        loop.execute(() -> client.connect(address.port(), address.host()).onComplete(done -> {
            if (done.succeeded()) {
                result.complete(new VertxConnection(done.result(), maxFrameBytes, CompletableFuture.completedFuture(null)));
            } else {
                result.completeExceptionally(done.cause());
            }
        }));
        return result;
    }

    @Override
    public CompletableFuture<Void> sendOnce(PeerAddress address, byte[] bytes) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        loop.execute(() -> plainClient.connect(address.port(), address.host()).onComplete(done -> {
            if (done.failed()) {
                result.completeExceptionally(done.cause());
                return;
            }
            NetSocket socket = done.result();
            socket.write(Buffer.buffer(bytes)).onComplete(written -> {
                socket.close();
                result.complete(null);
            });
        }));
        return result;
    }

    @Override
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        loop.execute(() -> {
            Future<Void> serverClosed = server == null ? Future.succeededFuture() : server.close();
            serverClosed.eventually(() -> client.close())
                    .eventually(() -> client == plainClient ? Future.<Void> succeededFuture() : plainClient.close())
                    .onComplete(done -> closed.complete(null));
        });
        return closed;
    }

    private NetServerOptions serverTls(P2pTls t, NetServerOptions options) {
        // Plain at accept: each connection is upgraded once admitted (see the class comment).
        options.setSsl(false).setKeyCertOptions(keyCert(t))
                .setSslHandshakeTimeout(handshakeTimeout.toMillis()).setSslHandshakeTimeoutUnit(TimeUnit.MILLISECONDS);
        t.trust().ifPresent(trust -> options.setTrustOptions(new PemTrustOptions().addCertPath(trust.toString()))
                .setClientAuth(ClientAuth.REQUIRED));
        return options;
    }

    private NetClientOptions clientTls(P2pTls t, NetClientOptions options) {
        options.setSsl(true).setKeyCertOptions(keyCert(t)).setHostnameVerificationAlgorithm("")
                .setSslHandshakeTimeout(handshakeTimeout.toMillis()).setSslHandshakeTimeoutUnit(TimeUnit.MILLISECONDS);
        t.trust().ifPresent(trust -> options.setTrustOptions(new PemTrustOptions().addCertPath(trust.toString())));
        return options;
    }

    private static PemKeyCertOptions keyCert(P2pTls t) {
        return new PemKeyCertOptions().setCertPath(t.cert().toString()).setKeyPath(t.key().toString());
    }
}
