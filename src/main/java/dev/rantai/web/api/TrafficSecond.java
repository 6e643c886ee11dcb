package dev.rantai.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.p2p.NetworkObservations;

/** P2P messages and bytes of one second, by direction and type. */
@Schema(name = "TrafficSecond")
public record TrafficSecond(
        @Schema(description = "The second, epoch seconds") long second,
        @Schema(description = "One entry per direction and type that had traffic in that second") List<Count> counts) {

    /** Messages and bytes of one direction and type. */
    @Schema(name = "TrafficCount")
    public record Count(
            @Schema(description = "in or out", enumeration = {
                    "in", "out" }) String direction,
            @Schema(description = "The message type") String type,
            @Schema(description = "Messages") long messages,
            @Schema(description = "Bytes on the wire") long bytes){
    }

    static TrafficSecond of(NetworkObservations.TrafficSecond s) {
        return new TrafficSecond(s.second(), s.countsAndBytes().entrySet().stream().map(e -> {
            String[] key = e.getKey().split(" ", 2);
            return new Count(key[0], key[1], e.getValue()[0], e.getValue()[1]);
        }).toList());
    }
}
