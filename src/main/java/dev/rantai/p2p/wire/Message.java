package dev.rantai.p2p.wire;

/**
 * One line of the peer-to-peer protocol. Every message is a JSON object with a {@code type};
 * the records check their inputs, so a message that exists is well-formed.
 */
public sealed interface Message permits Hello, Auth, Ping, Pong, BlockAnnounce, GetBlocks, Blocks, GetPeers, Peers, Bye {

    /** The {@code type} field on the wire. */
    String type();
}
