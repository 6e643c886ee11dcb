package dev.rantai.bench.hostile;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.chain.Block;

/**
 * What an attack works with: the nodes, the attacker's loopback source address, the target's network
 * facts, the deadline, the tally and a place for findings. Everything an attack opens is registered here
 * and closed at the deadline, which also ends any write blocked on a target that stopped reading.
 */
final class AttackContext {
    final Nodes nodes;
    final String attackerIp;
    final int attackerPort;
    final Tally tally = new Tally();
    final Http http;
    final String network;
    final int difficulty;
    final Block genesis;
    private final long deadline;
    private final long startedAt = System.nanoTime();
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private final Map<String, String> findings = new ConcurrentHashMap<>();
    private final Map<String, String> options;
    private volatile boolean stopped;

    AttackContext(Nodes nodes, String attackerIp, int attackerPort, Http http, long seconds,
            Map<String, String> options) {
        this.nodes = nodes;
        this.options = options;
        this.attackerIp = attackerIp;
        this.attackerPort = attackerPort;
        this.http = http;
        JsonNode chain = http.chain(nodes.targetHttp()).orElseThrow(() -> new IllegalStateException(
                "the target does not answer GET /api/chain"));
        this.network = chain.get("network").asText();
        this.difficulty = chain.get("difficulty").asInt();
        this.genesis = Wire.block(chain.get("genesis"));
        this.deadline = startedAt + TimeUnit.SECONDS.toNanos(seconds);
    }

    /** A number given on the command line as {@code name=value}, or the default. */
    int option(String name, int defaultValue) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(defaultValue)));
    }

    boolean running() {
        return !stopped && System.nanoTime() - deadline < 0;
    }

    long remainingMillis() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    /** Sleeps up to {@code millis}, less if the attack ends first; returns whether it still runs. */
    boolean pause(long millis) {
        long wait = Math.min(millis, remainingMillis());
        if (wait > 0 && !stopped) {
            Pause.millis(wait);
        }
        return running();
    }

    /** Runs {@code round} again and again until the deadline; an I/O error is tallied and paused after. */
    void repeat(Round round) {
        while (running()) {
            try {
                round.run();
            } catch (IOException e) {
                if (running()) {
                    tally.count("I/O errors (" + e.getClass().getSimpleName() + ")");
                    pause(200);
                }
            }
        }
    }

    interface Round {
        void run() throws IOException;
    }

    /** A connection to the target from the attacker's address. */
    PeerConnection connect() throws IOException {
        return connect(attackerIp, 0);
    }

    PeerConnection connect(String sourceIp, int receiveBuffer) throws IOException {
        return connect(nodes.targetAddress(), sourceIp, receiveBuffer);
    }

    PeerConnection connect(InetSocketAddress to, String sourceIp, int receiveBuffer) throws IOException {
        return register(PeerConnection.open(to, sourceIp, receiveBuffer, tally));
    }

    <T extends Closeable> T register(T closeable) {
        open.add(closeable);
        if (stopped) {
            closeQuietly(closeable);
        }
        return closeable;
    }

    /**
     * Connects and completes the handshake claiming {@code claim}; null (after a pause, so a refused attacker
     * does not spin) if the target did not admit it.
     */
    PeerConnection admitted(Claim claim) throws IOException {
        PeerConnection c = connect();
        PeerConnection.Admission a = c.handshake(claim, Math.min(10_000, remainingMillis()));
        if (a == PeerConnection.Admission.ADMITTED) {
            return c;
        }
        tally.count("handshakes " + a.name().toLowerCase());
        c.close();
        pause(1_000);
        return null;
    }

    /**
     * Connections admitted with the claim, one after another: each is counted by {@code onAdmitted}, read
     * (and nothing answered) and held until the target closes it or the attack ends.
     */
    void holdAdmitted(Claim claim, Runnable onAdmitted) {
        repeat(() -> {
            PeerConnection c = admitted(claim);
            if (c == null) {
                return;
            }
            onAdmitted.run();
            c.serve(line -> {
            });
            while (running() && !c.isClosed()) {
                pause(100);
            }
        });
    }

    /** A claim of a new node that has only the genesis: a peer with nothing to offer. */
    Claim claim() {
        return Claim.nothing(network, genesis.hash());
    }

    /** The target's canonical tip block now. */
    Block targetTip() throws IOException {
        JsonNode chain = http.chain(nodes.targetHttp()).orElseThrow(() -> new IOException("no /api/chain"));
        return http.block(nodes.targetHttp(), chain.get("tip").asText())
                .orElseThrow(() -> new IOException("no tip block"));
    }

    /** A finding of the attack, printed with its results. */
    void finding(String key, Object value) {
        findings.put(key, String.valueOf(value));
    }

    Map<String, String> findings() {
        return findings;
    }

    /** Ends the attack: everything it opened is closed, which unblocks its threads. */
    void stop() {
        stopped = true;
        open.forEach(AttackContext::closeQuietly);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // ending anyway
        }
    }
}
