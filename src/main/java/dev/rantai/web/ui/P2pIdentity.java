package dev.rantai.web.ui;

import java.util.Optional;

/**
 * This node as its peers see it: its id and the P2P address it listens on; both empty when the
 * node runs without a P2P layer.
 */
public record P2pIdentity(Optional<String> nodeId, Optional<String> p2pAddress, String agent) {

    public boolean p2pRunning() {
        return p2pAddress.isPresent();
    }
}
