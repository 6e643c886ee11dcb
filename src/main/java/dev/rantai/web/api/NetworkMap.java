package dev.rantai.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** This node, its peers and the peers they report, as nodes and links for the network map. */
@Schema(name = "NetworkMap", description = "This node, its peers and the addresses its peers report")
public record NetworkMap(
        @Schema(description = "The address of this node's own entry in nodes") String self,
        @Schema(description = "At most 200 nodes: this one first, then its peers, then reported addresses") List<Node> nodes,
        @Schema(description = "session: a connection (or an attempt) of this node; reported: a peer listed the address in its peers answer") List<Link> links) {

    /** The addresses linked to {@code address}, for the map's text equivalent. */
    public String linkedTo(String address) {
        return String.join(", ", links.stream().filter(l -> l.from().equals(address) || l.to().equals(address))
                .map(l -> (l.from().equals(address) ? l.to() : l.from()) + (l.kind().equals("reported") ? " (reported)"
                        : ""))
                .distinct().toList());
    }

    /** One node of the map. */
    @Schema(name = "MapNode")
    public record Node(
            @Schema(description = "host:port where it listens (its id on the map)") String address,
            @Schema(description = "Its node id, once it said hello", nullable = true) String nodeId,
            @Schema(description = "self, a peer state (connecting, connected, backing-off, banned), or reported (known only from a peer's list)") String state,
            @Schema(description = "inbound or outbound, for a connection", nullable = true) String direction,
            @Schema(description = "The highest block it is known to hold") long height,
            @Schema(description = "How many blocks it is behind this node, for a connected peer") long behind,
            @Schema(description = "Round-trip time of its last ping, ms", nullable = true) Long rttMillis,
            @Schema(description = "Whether this is the node that answers") boolean self) {
    }

    /** A line of the map. */
    @Schema(name = "MapLink")
    public record Link(
            @Schema(description = "Address of one end") String from,
            @Schema(description = "Address of the other end") String to,
            @Schema(description = "session or reported", enumeration = {
                    "session", "reported" }) String kind,
            @Schema(description = "For a session, the peer's state; else reported") String state){
    }
}
