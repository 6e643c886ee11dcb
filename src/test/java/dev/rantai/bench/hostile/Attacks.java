package dev.rantai.bench.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every attack of the hostile benchmark by name, with the case it replays (issues "a node that one stranger
 * cannot freeze" and "eclipse and denial-of-service resistance"; docs/benchmarks.md, "Under attack").
 */
final class Attacks {
    static final Map<String, Attack> ALL = new LinkedHashMap<>();

    static {
        add(new Attack("idle", "control: a peer that completes the handshake and holds the connection, sending"
                + " nothing", PeerAttacks::idle));
        add(new Attack("huge-work", "hello whose work is 1,000,000 decimal digits, on new connection after connection",
                WireAttacks::hugeWork));
        add(new Attack("long-nodeid", "hellos with node ids of 1 MB, of right-to-left marks and empty, repeated",
                WireAttacks::longNodeId));
        add(new Attack("overlong-utf8", "blocks whose data holds C0 AE (overlong '.') on the wire",
                WireAttacks::overlongUtf8));
        add(new Attack("no-read", "handshake, 4 KiB receive buffer, 20 get_blocks every 50 ms, never reads",
                WireAttacks::noRead));
        add(new Attack("tls-silent", "plain connections to a TLS target that never start TLS, held",
                WireAttacks::tlsSilent));
        add(new Attack("impostor", "hello with the node id of an honest peer the target dialed, held",
                WireAttacks::impostor, WireAttacks::impostorAtEnd));
        add(new Attack("oversize-answer", "check: a late joiner syncs a chain of maximal blocks",
                WireAttacks::oversizeAnswer, WireAttacks::oversizeAnswerAtEnd));
        add(new Attack("slot-filler", "inbound connections from one IP until refused, a peers message naming an"
                + " honest node, and an honest peer reconnecting meanwhile", PeerAttacks::slotFiller,
                PeerAttacks::slotFillerAtEnd));
        add(new Attack("junk-hash", "a junk block claiming the hash of the real next block, which an honest peer"
                + " then announces", PeerAttacks::junkHash));
        add(new Attack("huge-height", "hello claiming height 2^63-1 and more work, then serving nothing",
                PeerAttacks::hugeHeight, PeerAttacks::hugeHeightAtEnd));
        add(new Attack("useless-answers", "announces more work, answers every get_blocks with 500 copies of one"
                + " known block", PeerAttacks::uselessAnswers));
        add(new Attack("flapping", "a peer added to the target that closes right after each handshake",
                PeerAttacks::flapping));
        add(new Attack("side-branch-flood", "valid side-branch blocks of 60 KB from the genesis, as fast as taken",
                PeerAttacks::sideBranchFlood, PeerAttacks::sideBranchFloodAtEnd));
        add(new Attack("orphan-flood", "valid blocks of 60 KB on a parent the target never saw, as fast as taken;"
                + " get_blocks answered with nothing", PeerAttacks::orphanFlood));
        add(new Attack("too-new-repeat", "one valid block of 60 KB at the tip's next height on a parent the target"
                + " never saw, timestamped an hour ahead, sent again and again", PeerAttacks::tooNewRepeat));
        add(new Attack("book-flood", "book-format lines, 100 per connection, connection after connection",
                PeerAttacks::bookFlood));
        add(new Attack("ping-flood", "pings as fast as the target reads them, pongs read", PeerAttacks::pingFlood));
        add(new Attack("get-peers-flood", "get_peers as fast as the target reads them, answers read",
                PeerAttacks::getPeersFlood));
    }

    private Attacks() {
    }

    private static void add(Attack attack) {
        ALL.put(attack.name(), attack);
    }

    /** One peer of a node's {@code GET /api/peers}, by address: state, direction, node id, ban reason. */
    static String peerView(AttackContext ctx, int httpPort, String address) {
        return ctx.http.json(httpPort, "/api/peers").map(peers -> {
            for (JsonNode p : peers.isArray() ? peers : peers.path("peers")) {
                if (p.path("address").asText().equals(address)) {
                    return describe(p);
                }
            }
            return "not listed";
        }).orElse("no answer");
    }

    /** Every peer of the target whose address is on the attacker's host. */
    static String attackerViews(Http http, int httpPort, String attackerPrefix) {
        return http.json(httpPort, "/api/peers").map(peers -> {
            Map<String, Integer> states = new java.util.TreeMap<>();
            String example = "";
            for (JsonNode p : peers.isArray() ? peers : peers.path("peers")) {
                if (p.path("address").asText().startsWith(attackerPrefix)) {
                    states.merge(p.path("state").asText(), 1, Integer::sum);
                    if (p.hasNonNull("banReason") && example.isEmpty()) {
                        example = " (" + cut(p.path("banReason").asText()) + ")";
                    }
                }
            }
            return states.isEmpty() ? "none listed" : states + example;
        }).orElse("no answer");
    }

    private static String describe(JsonNode p) {
        StringBuilder sb = new StringBuilder(p.path("state").asText("?"));
        if (p.hasNonNull("direction")) {
            sb.append(' ').append(p.path("direction").asText());
        }
        if (p.hasNonNull("nodeId")) {
            sb.append(" node ").append(cut(p.path("nodeId").asText()));
        }
        if (p.hasNonNull("banReason")) {
            sb.append(", ban: ").append(cut(p.path("banReason").asText()));
        }
        return sb.toString();
    }

    private static String cut(String s) {
        String t = s.replaceAll("[^\\x20-\\x7e]", "?");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
