package dev.rantai.chain;

import java.util.Locale;

/** Where a block came from: mined here for a user, received from a peer, or mined here for a book node. */
public enum BlockSource {
    GENESIS,
    LOCAL,
    PEER,
    BOOK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BlockSource fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Blocks whose data a user handed to this node: if a reorg drops them, the data is mined again. */
    public boolean isMinedHere() {
        return this == LOCAL || this == BOOK;
    }
}
