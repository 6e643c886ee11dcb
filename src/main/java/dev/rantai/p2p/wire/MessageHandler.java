package dev.rantai.p2p.wire;

/**
 * One method per message type, so that adding a type to {@link Message} does not compile until
 * every handler says what the type does. {@code P} is whatever identifies the sender.
 */
public interface MessageHandler<P> {
    void onHello(P peer, Hello hello);

    void onAuth(P peer, Auth auth);

    void onPing(P peer, Ping ping);

    void onPong(P peer, Pong pong);

    void onBlock(P peer, BlockAnnounce block);

    void onGetBlocks(P peer, GetBlocks request);

    void onBlocks(P peer, Blocks answer);

    void onGetPeers(P peer, GetPeers request);

    void onPeers(P peer, Peers answer);

    void onBye(P peer, Bye bye);
}
