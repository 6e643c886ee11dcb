package dev.rantai.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.p2p.NetworkObservations;

/**
 * The newest P2P messages after a sequence number, the number to ask after next time, and how
 * many were left out. Documents the answer that {@link MessageWindows} writes.
 */
@Schema(name = "MessagePage")
public record MessagePage(
        @Schema(description = "Messages, oldest first") List<Message> messages,
        @Schema(description = "The seq to ask after next time (the newest message this node has read into its windows): ask with after=last for newer ones") long last,
        @Schema(description = "Messages numbered after `after` (up to last) that this answer leaves out: more than 10 of one direction and type in a window, over the limit, or no longer kept") long left) {

    /** One message sent or received. */
    @Schema(name = "P2pMessage")
    public record Message(
            @Schema(description = "Its number in this node's record, one more for each message") long seq,
            @Schema(description = "When it was sent or received, epoch ms") long time,
            @Schema(description = "in (received) or out (sent)", enumeration = {
                    "in", "out" }) String direction,
            @Schema(description = "host:port of the other node") String peer,
            @Schema(description = "The message type", examples = "block") String type,
            @Schema(description = "Its size on the wire, newline included") int bytes,
            @Schema(description = "Its content in a few words, at most 240 characters: a blocks answer gives its range") String summary,
            @Schema(description = "For a block announcement, the hash of the block", nullable = true) String blockHash){

        static Message of(NetworkObservations.ObservedMessage m) {
            return new Message(m.seq(), m.time(), m.direction(), m.peer(), m.type(), m.bytes(), m.summary(),
                    m.blockHash().isEmpty() ? null : m.blockHash());
        }
    }
}
