package dev.rantai.p2p.book;

import java.util.List;

import dev.rantai.p2p.BookInbound;
import dev.rantai.p2p.peer.PeerAddress;

/**
 * Which hosts may append blocks with the book's format: {@code rantai.p2p.book-inbound} and its
 * allow-list. A book line carries no proof of anything, so on a node guarded by an API token or a
 * shared secret it is off unless the operator turns it on.
 */
public record BookPolicy(BookInbound mode, List<String> allowlist) {

    public BookPolicy {
        allowlist = List.copyOf(allowlist);
    }

    public boolean admits(String host) {
        return switch (mode) {
            case OFF -> false;
            case OPEN -> true;
            case ALLOWLIST -> allowlist.stream().anyMatch(h -> PeerAddress.sameHost(h, host));
        };
    }

    /** For the start-up log: what the book path allows. */
    public String describe() {
        return switch (mode) {
            case OFF -> "off: book lines are refused";
            case OPEN -> "open: anyone who reaches the P2P port may append blocks with the book's format";
            case ALLOWLIST -> "allowlist: only " + String.join(", ", allowlist) + " may append blocks with the book's format";
        };
    }
}
