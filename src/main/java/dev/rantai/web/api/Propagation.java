package dev.rantai.web.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.chain.BlockSource;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.p2p.NetworkObservations;

/** How one block reached this node. */
@Schema(name = "Propagation", description = "How a block reached this node: mined here, the genesis, or from which peer and when")
public record Propagation(
        @Schema(description = "The block's hash") String hash,
        @Schema(description = "Its height") long height,
        @Schema(description = "genesis, local, peer or book", enumeration = {
                "genesis", "local", "peer", "book" }) String source,
        @Schema(description = "What happened, in words") String summary,
        @Schema(description = "The block's own timestamp, epoch ms") long timestamp,
        @Schema(description = "When this node stored it, epoch ms; 0 for a block the store was made with") long storedAt,
        @Schema(description = "For a block from a peer: when the first message carrying it arrived, epoch ms", nullable = true) Long firstSeen,
        @Schema(description = "For a block from a peer: who sent it first", nullable = true) String firstFrom,
        @Schema(description = "announced (a block message) or synced (in a blocks answer)", nullable = true) String how,
        @Schema(description = "From its timestamp to this node's first sight of it (peer) or to its commit (mined here), ms", nullable = true) Long delayMillis,
        @Schema(description = "Every peer that sent it, in order, with ms after the first; empty when this node no longer remembers (it keeps the newest 4,096 blocks)") List<Announcement> announcements){

    /** One peer's announcement. */
    @Schema(name = "Announcement")
    public record Announcement(
            @Schema(description = "host:port of the peer") String peer,
            @Schema(description = "When, epoch ms") long time,
            @Schema(description = "ms after the first") long afterFirstMillis) {
    }

    static Propagation of(StoredBlock b, Optional<NetworkObservations.BlockArrival> arrival) {
        long ts = b.block().timestamp();
        if (arrival.isPresent()) {
            NetworkObservations.BlockArrival a = arrival.get();
            List<Announcement> list = a.announcements().stream()
                    .map(x -> new Announcement(x.peer(), x.time(), x.time() - a.firstSeen())).toList();
            return new Propagation(b.hash(), b.height(), b.source().id(), "received from " + a.firstFrom() + " ("
                    + a.how() + "), " + (a.firstSeen() - ts) + " ms after its timestamp", ts, b.receivedAt(),
                    a.firstSeen(), a.firstFrom(), a.how(), a.firstSeen() - ts, list);
        }
        String summary = switch (b.source()) {
            case GENESIS -> "the genesis: computed by every node from the network's settings, never sent";
            case LOCAL -> "mined here for data given to this node";
            case BOOK -> "mined here for data a node of the book sent";
            case PEER -> "received from a peer; this node no longer remembers which (it keeps the newest 4,096)";
        };
        Long delay = b.source().isMinedHere() && b.receivedAt() > 0 ? b.receivedAt() - ts : null;
        if (b.source() == BlockSource.PEER && b.receivedAt() > 0) {
            delay = b.receivedAt() - ts;
        }
        return new Propagation(b.hash(), b.height(), b.source().id(), summary, ts, b.receivedAt(), null, null, null,
                delay, List.of());
    }
}
