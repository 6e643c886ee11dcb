package dev.rantai.web.ui;

import java.util.List;
import java.util.Optional;

/**
 * The network of a node whose P2P layer is off ({@code rantai.p2p.enabled=false}) or not started
 * yet: no identity on the network, no peers, no messages.
 */
final class NoNetworkView implements NetworkView {
    static final String NO_P2P = "this node runs without its P2P layer, so it has no peers";

    @Override
    public P2pIdentity identity() {
        return new P2pIdentity(Optional.empty(), Optional.empty(), "rantai");
    }

    @Override
    public List<PeerSummary> peers() {
        return List.of();
    }

    @Override
    public Subscription subscribe(Listener listener) {
        return () -> {
        };
    }
}
