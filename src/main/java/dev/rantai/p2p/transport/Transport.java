package dev.rantai.p2p.transport;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.rantai.p2p.peer.PeerAddress;

/**
 * Listening, dialing and the event loop: the only part of the peer-to-peer node that knows the
 * network library. Everything it hands back runs on {@link #loop()}.
 */
public interface Transport {
    EventLoop loop();

    /** Binds the server; accepted connections go to {@code accepted} before anything is read; completes with the port. */
    CompletableFuture<Integer> listen(String host, int port, Consumer<Connection> accepted);

    /** Opens a connection (with TLS, handshake included) to the peer's address. */
    CompletableFuture<Connection> dial(PeerAddress address);

    /** Dials, writes the bytes, closes: how a node of the book is sent a block (always plain TCP). */
    CompletableFuture<Void> sendOnce(PeerAddress address, byte[] bytes);

    /** Closes the server and the clients. */
    CompletableFuture<Void> close();
}
