package dev.rantai.web.api;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import dev.rantai.node.P2pService;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.BanList;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerLimitException;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * Adding and removing a peer, for the API and the dashboard's forms alike: the same checks, the same
 * problems ({@code invalid-peer-address} 400, {@code peer-not-found} 404, {@code peer-limit} 409,
 * {@code p2p-unavailable} 503), thrown as {@link ProblemException} at once or as the failure of the returned stage.
 */
@ApplicationScoped
public class PeerChanges {
    static final String P2P_DISABLED = "This node runs without its peer-to-peer service (rantai.p2p.enabled=false,"
            + " or it is stopping).";

    private final P2pService p2p;

    PeerChanges(P2pService p2p) {
        this.p2p = p2p;
    }

    /**
     * Dials the address from now on and keeps it, like a configured peer; completes with the address kept
     * for its endpoint (the one given first when another spelling of it, such as {@code localhost} for
     * {@code 127.0.0.1}, is kept already), or fails with {@code peer-limit} (409) when the node keeps as
     * many as it allows. This node's own address is {@code invalid-peer-address} (400).
     */
    public CompletionStage<PeerAddress> add(String text) {
        PeerAddress address = parse(text);
        P2pNode node = runningNode();
        if (node.isOwnAddress(address)) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, address + " is this node's own P2P"
                    + " address (GET /api/node lists them); give another node's.");
        }
        address.zoneProblem().ifPresent(why -> {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, why);
        });
        return node.addPeer(address).handle((kept, error) -> {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof PeerLimitException limit) {
                throw new ProblemException(ProblemType.PEER_LIMIT, limit.getMessage());
            }
            if (error != null) {
                throw error instanceof RuntimeException r ? r : new CompletionException(error);
            }
            return kept;
        });
    }

    /** Forgets the address and closes its connection. */
    public CompletionStage<PeerAddress> remove(String text) {
        PeerAddress address;
        try {
            address = parse(text);
        } catch (ProblemException e) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS,
                    e.getMessage().replaceFirst("\\.$", "") + ". A ban of an IP is lifted"
                            + " with DELETE /api/peers/{ip}/ban.");
        }
        return runningNode().removePeer(address).thenApply(removed -> {
            if (!removed) {
                throw new ProblemException(ProblemType.PEER_NOT_FOUND, address + " is not a peer this node dials."
                        + " GET /api/peers lists them; a ban is lifted with DELETE /api/peers/{address}/ban.");
            }
            return address;
        });
    }

    /**
     * Lifts every ban on an IP ({@link P2pNode#liftBans}): {@code text} is the IP alone ({@code 192.0.2.7},
     * {@code ::1} or {@code [::1]}), which lifts the bans of all its ports, or host:port as GET /api/peers
     * lists a ban, which lifts that address's ban and a ban of its whole IP. A DNS name is
     * {@code invalid-peer-address} (400): bans are kept by IP. No such ban is {@code ban-not-found} (404).
     *
     * @return the bans lifted, at least one
     */
    public CompletionStage<List<BanList.Ban>> liftBan(String text) {
        // Only plain spaces are forgiven, as PeerAddress.parse does: a control character is refused, never dropped.
        String s = text == null ? "" : text.replaceAll("^ +| +$", "");
        int colons = (int) s.chars().filter(c -> c == ':').count();
        boolean hostOnly = colons == 0 || colons > 1 && !s.startsWith("[") || s.startsWith("[") && s.endsWith("]");
        PeerAddress address;
        try {
            address = PeerAddress.parse(hostOnly && !s.isEmpty() ? withPlaceholderPort(s) : s);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, e.getMessage() + ". Give the IP or the"
                    + " host:port of a ban as GET /api/peers lists it.");
        }
        if (!address.isIpLiteral()) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, "'" + address.host() + "' is a name; bans"
                    + " are kept by IP address. Give the IP or host:port as GET /api/peers lists the ban.");
        }
        OptionalInt port = hostOnly ? OptionalInt.empty() : OptionalInt.of(address.port());
        String shown = hostOnly ? address.host() : address.toString();
        return runningNode().liftBans(address, port).thenApply(lifted -> {
            if (lifted.isEmpty()) {
                throw new ProblemException(ProblemType.BAN_NOT_FOUND, "No ban on " + shown + " is in force."
                        + " GET /api/peers lists the bans (state \"banned\").");
            }
            return lifted;
        });
    }

    /**
     * A bare IP ({@code 192.0.2.7}, {@code ::1}, {@code [::1]}) as host:port with a placeholder port, so that it
     * meets the same checks as an address.
     */
    private static String withPlaceholderPort(String ip) {
        if (ip.startsWith("[")) {
            return ip + ":1";
        }
        return ip.indexOf(':') >= 0 ? "[" + ip + "]:1" : ip + ":1";
    }

    /** The running P2P node, or the 503 problem. */
    public P2pNode runningNode() {
        return p2p.node().orElseThrow(() -> new ProblemException(ProblemType.P2P_UNAVAILABLE, P2P_DISABLED));
    }

    private static PeerAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, "Give the peer as host:port, e.g."
                    + " {\"address\":\"127.0.0.1:3001\"}.");
        }
        try {
            return PeerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PEER_ADDRESS, e.getMessage());
        }
    }
}
