package dev.rantai.web.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The network of a node whose P2P layer is off ({@code rantai.p2p.enabled=false}) or not started
 * yet: no identity on the network, no peers, no messages.
 */
final class NoNetworkView implements NetworkView {
    static final String NO_P2P = "this node runs without its P2P layer, so it has no peers";

    @Override
    public NodeIdentity identity() {
        return new NodeIdentity(Optional.empty(), Optional.empty(), "rantai");
    }

    @Override
    public List<PeerSummary> peers() {
        return List.of();
    }

    @Override
    public CompletionStage<Void> addPeer(String address) {
        return CompletableFuture.failedFuture(new IllegalStateException(NO_P2P));
    }

    @Override
    public CompletionStage<Void> removePeer(String address) {
        return CompletableFuture.failedFuture(new IllegalStateException(NO_P2P));
    }

    @Override
    public Subscription subscribe(Listener listener) {
        return () -> {
        };
    }
}
