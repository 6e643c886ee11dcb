package dev.rantai.p2p.discovery;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerAddress;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Finds peers through DNS ({@code rantai.p2p.discovery.dns=name:port}): resolves the name now and
 * every interval, off the event loop, and keeps every address it returns as a persistent peer.
 * An address missing from a later answer is removed (no longer dialed, its connection closed),
 * unless it is also a configured peer. A failed resolution changes nothing and is tried again at
 * the next interval. Its own address is dialed once and dropped by the handshake (state
 * {@code self}). State lives on one Vert.x context.
 */
public final class DnsDiscovery implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DnsDiscovery.class);
    /** Addresses of one answer kept as peers, at most: a name is not a way to fill the peer table. */
    static final int MAX_ADDRESSES = 64;

    /** Where discovered addresses go: a running P2P node. */
    public interface Peers {
        CompletableFuture<Void> addPeer(PeerAddress address);

        CompletableFuture<Boolean> removePeer(PeerAddress address);

        static Peers of(P2pNode node) {
            return new Peers() {
                @Override
                public CompletableFuture<Void> addPeer(PeerAddress address) {
                    return node.addPeer(address).thenApply(kept -> null);
                }

                @Override
                public CompletableFuture<Boolean> removePeer(PeerAddress address) {
                    return node.removePeer(address);
                }
            };
        }
    }

    private final Vertx vertx;
    private final Context context;
    private final AddressResolver resolver;
    private final PeerAddress name;
    private final Duration interval;
    private final Peers peers;
    private final Set<PeerAddress> configured;
    private final Set<PeerAddress> discovered = new LinkedHashSet<>();
    private long timer = -1;
    private boolean resolving;
    private boolean closed;
    private int failures;

    /**
     * @param name the DNS name and the P2P port every address it returns listens on
     * @param configured peers configured by hand: never removed by discovery
     */
    public DnsDiscovery(Vertx vertx, AddressResolver resolver, PeerAddress name, Duration interval, Peers peers,
            Set<PeerAddress> configured) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("the interval must be positive, was " + interval);
        }
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.resolver = resolver;
        this.name = name;
        this.interval = interval;
        this.peers = peers;
        this.configured = Set.copyOf(configured);
    }

    /** Resolves at once, then every interval. */
    public void start() {
        context.runOnContext(v -> {
            LOG.infof("Discovering peers through DNS: %s every %s", name, interval);
            resolve();
            timer = vertx.setPeriodic(interval.toMillis(), id -> resolve());
        });
    }

    /** The addresses of the last successful answer, as a copy. */
    public CompletableFuture<Set<PeerAddress>> discovered() {
        CompletableFuture<Set<PeerAddress>> result = new CompletableFuture<>();
        context.runOnContext(v -> result.complete(Set.copyOf(discovered)));
        return result;
    }

    private void resolve() {
        if (resolving || closed) {
            return;
        }
        resolving = true;
        vertx.<List<InetAddress>> executeBlocking(() -> resolver.resolve(name.host()), false).onComplete(done -> {
            resolving = false;
            if (closed) {
                return;
            }
            if (done.succeeded()) {
                update(done.result());
            } else {
                failed(done.cause());
            }
        });
    }

    private void update(List<InetAddress> addresses) {
        if (failures > 0) {
            LOG.infof("DNS name %s resolves again after %d failures", name.host(), failures);
            failures = 0;
        }
        Set<PeerAddress> found = new LinkedHashSet<>();
        for (InetAddress a : addresses) {
            if (found.size() == MAX_ADDRESSES) {
                LOG.warnf("%s resolves to %d addresses: only the first %d are kept as peers", name.host(),
                        addresses.size(), MAX_ADDRESSES);
                break;
            }
            found.add(new PeerAddress(a.getHostAddress(), name.port()));
        }
        for (PeerAddress address : found) {
            if (discovered.add(address)) {
                LOG.infof("Discovered peer %s through %s", address, name.host());
                peers.addPeer(address);
            }
        }
        for (PeerAddress gone : Set.copyOf(discovered)) {
            if (!found.contains(gone)) {
                discovered.remove(gone);
                if (!configured.contains(gone)) {
                    LOG.infof("Peer %s is no longer in DNS (%s): not dialed any more", gone, name.host());
                    peers.removePeer(gone);
                }
            }
        }
    }

    private void failed(Throwable cause) {
        failures++;
        String message = "Cannot resolve %s (rantai.p2p.discovery.dns), trying again in %s: %s";
        if (failures == 1) {
            LOG.warnf(message, name.host(), interval, cause.toString());
        } else {
            LOG.debugf(message, name.host(), interval, cause.toString());
        }
    }

    @Override
    public void close() {
        context.runOnContext(v -> {
            closed = true;
            vertx.cancelTimer(timer);
        });
    }
}
