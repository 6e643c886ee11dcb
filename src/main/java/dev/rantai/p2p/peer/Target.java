package dev.rantai.p2p.peer;

import java.util.Optional;

import dev.rantai.p2p.Session;

/** An address this node dials and keeps connected. Confined to the node's event loop. */
final class Target {
    final PeerAddress address;
    boolean permanent;
    PeerState state = PeerState.CONNECTING;
    /** Failed or short-lived connections in a row: the redial backoff's exponent. */
    int failures;
    /** Dials in a row that did not even connect: a learned address is forgotten after a few. */
    int unreachable;
    long timerId = -1;
    long nextAttemptAt;
    /** The node behind the address, once a hello told it. */
    Optional<String> nodeId = Optional.empty();
    /** Its own session, while one is open. */
    Optional<Session> session = Optional.empty();

    Target(PeerAddress address, boolean permanent) {
        this.address = address;
        this.permanent = permanent;
    }
}
