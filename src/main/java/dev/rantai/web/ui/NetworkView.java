package dev.rantai.web.ui;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * What the dashboard needs from the peer-to-peer layer, and nothing more: who this node is, its
 * peers, adding and removing a peer, and a feed of the messages it exchanges. The P2P layer
 * provides an implementation; without one, {@link NoNetworkView} answers.
 */
public interface NetworkView {

    NodeIdentity identity();

    /** The known peers, connected or not, in a stable order. Cheap: called for every page view. */
    List<PeerSummary> peers();

    /**
     * Dials {@code address} (host:port) and keeps it as a configured peer. Completes when the
     * peer is recorded, exceptionally with {@link IllegalArgumentException} (bad address) or
     * {@link IllegalStateException} (the node cannot take peers now) with a message for the user.
     */
    CompletionStage<Void> addPeer(String address);

    /** Disconnects {@code address} and forgets it; same failures as {@link #addPeer}. */
    CompletionStage<Void> removePeer(String address);

    /**
     * Tells {@code listener} about every message sent or received and every change of the peers,
     * until the returned handle is closed. The listener is called on network threads: it returns fast.
     */
    Subscription subscribe(Listener listener);

    interface Listener {
        void onMessage(PeerMessage message);

        void onPeersChanged();
    }

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
