package dev.rantai.web.ui;

import java.util.List;

/**
 * What the dashboard needs from the peer-to-peer layer, and nothing more: who this node is, its
 * peers, and a feed of the messages it exchanges. The P2P layer
 * provides an implementation; without one, {@link NoNetworkView} answers.
 */
public interface NetworkView {

    P2pIdentity identity();

    /** The known peers, connected or not, in a stable order. Cheap: called for every page view. */
    List<PeerSummary> peers();

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
