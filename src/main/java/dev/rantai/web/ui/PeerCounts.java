package dev.rantai.web.ui;

import java.util.List;

/** How many peers there are, how many are connected, how many are banned. */
public record PeerCounts(int total, int connected, int banned) {

    static PeerCounts of(List<PeerSummary> peers) {
        int connected = (int) peers.stream().filter(PeerSummary::connected).count();
        int banned = (int) peers.stream().filter(p -> p.banReason().isPresent()).count();
        return new PeerCounts(peers.size(), connected, banned);
    }
}
