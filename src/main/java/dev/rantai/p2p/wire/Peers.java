package dev.rantai.p2p.wire;

import java.util.List;

/** The answer to {@link GetPeers}: host:port addresses where other nodes listen. */
public record Peers(List<String> addresses) implements Message {
    public static final String TYPE = "peers";
    public static final int MAX_ADDRESSES = 1000;

    public Peers {
        Fields.require(addresses, "addresses");
        addresses = List.copyOf(addresses);
        if (addresses.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("at most " + MAX_ADDRESSES + " addresses, had " + addresses.size());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
