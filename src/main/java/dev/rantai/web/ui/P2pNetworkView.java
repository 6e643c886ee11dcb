package dev.rantai.web.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.rantai.node.P2pService;
import dev.rantai.p2p.NodeInfo;
import dev.rantai.p2p.P2pMetrics;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerView;
import io.vertx.core.Vertx;

/**
 * The dashboard's view of the P2P layer ({@link P2pNode}, run by {@link P2pService}). Messages
 * come from the node's traffic tap; peer changes are noticed by comparing the peer list every
 * {@value #POLL_MILLIS} ms (state, direction, id, ban, height and round trip); the event hub sends at most one
 * {@code peers} event per window however often they change.
 * Without a running P2P node it answers as {@link NoNetworkView}.
 */
@ApplicationScoped
public class P2pNetworkView implements NetworkView {
    static final long POLL_MILLIS = 500;
    private static final NoNetworkView NONE = new NoNetworkView();

    private final P2pService p2p;
    private final Vertx vertx;

    P2pNetworkView(P2pService p2p, Vertx vertx) {
        this.p2p = p2p;
        this.vertx = vertx;
    }

    @Override
    public P2pIdentity identity() {
        Optional<P2pNode> node = p2p.node();
        if (node.isEmpty()) {
            return NONE.identity();
        }
        NodeInfo info = node.get().info();
        // The last address is the advertised one when set, else the bound one.
        String address = info.addresses().get(info.addresses().size() - 1);
        return new P2pIdentity(Optional.of(info.nodeId()), Optional.of(address), info.agent());
    }

    @Override
    public List<PeerSummary> peers() {
        Optional<P2pNode> node = p2p.node();
        if (node.isEmpty()) {
            return NONE.peers();
        }
        try {
            return node.get().peers().get(2, TimeUnit.SECONDS).stream().map(P2pNetworkView::summary).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the P2P node did not list its peers: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing peers", e);
        }
    }

    static PeerSummary summary(PeerView v) {
        return new PeerSummary(v.address(), v.nodeId(), v.state().id(), v.direction().orElse("–"), v.remoteHeight(),
                v.rttMillis() < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(v.rttMillis())), v.lastSeen(),
                v.banReason(), v.configured());
    }

    /**
     * Follows whichever P2P node runs (it may start after the dashboard, or be replaced by a dev-mode
     * reload): attaches the traffic tap to it and compares its peers every poll.
     */
    @Override
    public Subscription subscribe(Listener listener) {
        P2pMetrics.TrafficListener tap = (type, direction, peer, bytes, time) -> listener
                .onMessage(new PeerMessage(type, direction, peer, bytes, time));
        var state = new Object() {
            volatile P2pNode attached;
            volatile List<String> lastPeers = List.of();
        };
        long timer = vertx.setPeriodic(POLL_MILLIS, id -> {
            P2pNode node = p2p.node().orElse(null);
            if (node != state.attached) {
                if (state.attached != null) {
                    state.attached.metrics().removeTrafficListener(tap);
                }
                if (node != null) {
                    node.metrics().addTrafficListener(tap);
                }
                state.attached = node;
            }
            if (node != null) {
                node.peers().thenAccept(views -> {
                    // Heights and round trips too: the pages update them in place from the event.
                    List<String> now = views.stream().map(v -> v.address() + " " + v.state() + " " + v.direction()
                            + " " + v.nodeId() + " " + v.banReason() + " " + v.remoteHeight() + " "
                            + v.rttMillis()).toList();
                    if (!now.equals(state.lastPeers)) {
                        state.lastPeers = now;
                        listener.onPeersChanged();
                    }
                });
            }
        });
        return () -> {
            vertx.cancelTimer(timer);
            if (state.attached != null) {
                state.attached.metrics().removeTrafficListener(tap);
            }
        };
    }
}
