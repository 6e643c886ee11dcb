package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One line of the peer-to-peer protocol (docs/protocol.md): a JSON object with a {@code type}.
 * Each record keeps its whole wire form together: its {@code TYPE}, its bounds (checked by its
 * compact constructor for what this node sends, by its static {@code read} for what a peer sends),
 * how its fields are written, and which {@link MessageHandler} method takes it. A new message type
 * therefore cannot be added without a handler method, and {@code MessageCodecTest} fails until the
 * codec reads it back field for field.
 */
public sealed interface Message permits Hello, Auth, Ping, Pong, BlockAnnounce, GetBlocks, Blocks, GetPeers, Peers, Bye {

    /** Every message type on the wire, in the order of the permits clause: the {@code TYPE} of each record. */
    static java.util.List<String> types() {
        return java.util.Arrays.stream(Message.class.getPermittedSubclasses()).map(c -> {
            try {
                return (String) c.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(c + " has no public TYPE", e);
            }
        }).toList();
    }

    /** The {@code type} field on the wire. */
    String type();

    /** Writes the fields after {@code type}, inside the message's object. */
    void writeFields(JsonGenerator g) throws IOException;

    /** Hands the message to the handler's method for its type. */
    <P> void dispatch(P peer, MessageHandler<P> handler);
}
