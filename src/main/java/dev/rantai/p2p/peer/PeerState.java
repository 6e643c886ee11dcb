package dev.rantai.p2p.peer;

import java.util.Locale;

/** Where a peer stands, as {@code GET /api/peers} shows it. */
public enum PeerState {
    CONNECTING,
    CONNECTED,
    BACKING_OFF,
    BANNED,
    /** The address turned out to be this node itself: it is not dialed again. */
    SELF;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
