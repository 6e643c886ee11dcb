package dev.rantai.p2p;

import java.util.Locale;

/** Who dialed: the remote node ({@code INBOUND}) or this one ({@code OUTBOUND}). */
public enum Direction {
    INBOUND,
    OUTBOUND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
