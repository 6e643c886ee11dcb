package dev.rantai.p2p.wire;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.rantai.p2p.peer.PeerAddress;

/**
 * The answer to {@link GetPeers}: 0..{@value #MAX_ADDRESSES} addresses where other nodes listen,
 * each {@code host:port} as {@link PeerAddress#parse} accepts it (at most
 * {@value PeerAddress#MAX_TEXT_CHARS} characters).
 */
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

    static Peers read(WireReader r, WireLimits limits) throws WireException {
        return new Peers(r.texts("addresses", 0, MAX_ADDRESSES, PeerAddress.MAX_TEXT_CHARS, PeerAddress::isValid,
                "host:port with a valid host name or IP address and a port 1..65535"));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("addresses");
        for (String address : addresses) {
            g.writeString(address);
        }
        g.writeEndArray();
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onPeers(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
