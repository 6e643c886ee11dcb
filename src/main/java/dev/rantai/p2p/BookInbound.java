package dev.rantai.p2p;

import java.util.Locale;

/**
 * Which hosts may append blocks with the book's one-line format ({@code rantai.p2p.book-inbound}):
 * nobody, the hosts of {@code rantai.p2p.book-allowlist}, or anyone who reaches the P2P port.
 */
public enum BookInbound {
    OFF,
    ALLOWLIST,
    OPEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
