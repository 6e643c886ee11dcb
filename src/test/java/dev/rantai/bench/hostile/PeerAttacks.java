package dev.rantai.bench.hostile;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.bench.Mining;
import dev.rantai.chain.Block;

/**
 * The attacks over many lines and many peers: taking every connection slot, poisoning what the target
 * remembers, false claims of height and work, answers that bring nothing, a configured peer that flaps,
 * side branches that fill the disk, the book's unauthenticated path, and floods of requests. Each method is one
 * case, as described where it is registered ({@link Attacks}).
 */
final class PeerAttacks {
    private PeerAttacks() {
    }

    /**
     * Inbound connections from one IP until the target refuses three in a row (at most the option
     * {@code slot-filler}, default 200), held open; one sends a {@code peers} message naming the extra honest
     * node, which the target does not know. Then the sink, an honest peer, reconnects (as after a lost
     * connection: its configured peer is removed and added again through its API). Closed slots are retaken.
     */
    /** How long the honest sink stays away in slot-filler, from its connection's drop to its dial. */
    private static final long SINK_AWAY_MILLIS = 600;

    static void slotFiller(AttackContext ctx) {
        List<PeerConnection> held = Collections.synchronizedList(new ArrayList<>());
        int max = ctx.option("slot-filler", 200);
        fill(ctx, held, max);
        // a target that evicts lets each newcomer in and closes an older one: count what is still open
        ctx.pause(300);
        held.removeIf(PeerConnection::isClosed);
        ctx.finding("inbound connections from one IP held at once", held.size());
        if (!held.isEmpty() && ctx.nodes.extraP2p() > 0) {
            try {
                held.get(0).send(Wire.peers(List.of(Nodes.address(ctx.nodes.extraP2p()))));
            } catch (IOException e) {
                ctx.finding("peers message", "not sent: " + e.getMessage());
            }
        }
        // The sink's connection drops (its configured peer removed through its API); the attacker races for the
        // slot that frees, as one that keeps every slot taken does; the sink dials again SINK_AWAY_MILLIS after
        // the drop, whatever the attacker does meanwhile. So the sink is away as long with the attacker as in
        // the control (slot-filler=0), and what the relay's delays show beyond the control is the target's doing,
        // not how fast the attacker's own process ran.
        String target = Nodes.address(ctx.nodes.targetP2p());
        boolean removed = ctx.http.removePeer(ctx.nodes.sinkHttp(), target);
        long droppedAt = ctx.elapsedMillis();
        Thread racer = new Thread(() -> fill(ctx, held, max), "slot-filler-race");
        racer.start();
        ctx.pause(SINK_AWAY_MILLIS);
        String added = ctx.http.addPeerAnswer(ctx.nodes.sinkHttp(), target);
        long askedAt = ctx.elapsedMillis();
        try {
            racer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.removeIf(PeerConnection::isClosed);
        ctx.finding("sink reconnects to the target", "dropped at " + droppedAt + " ms, asked at " + askedAt
                + " ms; " + held.size() + " attacker connections open after the race (DELETE "
                + (removed ? "done" : "failed") + ", POST " + added + ")");
        int slots = held.size();
        while (ctx.running()) {
            int before = held.size();
            held.removeIf(PeerConnection::isClosed);
            ctx.tally.add("slots lost", before - held.size());
            fill(ctx, held, slots);
            ctx.pause(500);
        }
    }

    private static void fill(AttackContext ctx, List<PeerConnection> held, int max) {
        int refusedInARow = 0;
        while (ctx.running() && held.size() < max && refusedInARow < 3) {
            try {
                PeerConnection c = ctx.connect();
                PeerConnection.Admission a = c.handshake(ctx.claim(), Math.min(10_000, ctx.remainingMillis()));
                if (a == PeerConnection.Admission.ADMITTED) {
                    c.serve(line -> {
                    });
                    held.add(c);
                    refusedInARow = 0;
                } else {
                    ctx.tally.count("slot-filler connections " + a.name().toLowerCase());
                    c.close();
                    refusedInARow++;
                }
            } catch (IOException e) {
                ctx.tally.count("I/O errors (" + e.getClass().getSimpleName() + ")");
                refusedInARow++;
            }
        }
    }

    static void slotFillerAtEnd(AttackContext ctx) {
        String target = Nodes.address(ctx.nodes.targetP2p());
        ctx.finding("sink's view of the target", Attacks.peerView(ctx, ctx.nodes.sinkHttp(), target));
        if (ctx.nodes.extraP2p() > 0) {
            ctx.finding("target's view of the named node", Attacks.peerView(ctx, ctx.nodes.targetHttp(),
                    Nodes.address(ctx.nodes.extraP2p())));
            ctx.finding("named node's view of the target", Attacks.peerView(ctx, ctx.nodes.extraHttp(), target));
        }
    }

    /**
     * Rounds of: a valid block R mined on the newest block the target announced (which the source, where it
     * came from, has too); a junk block with R's hash in its hash field (other data, so it does not hash to
     * it) sent to the target; R announced to the source at once, as an honest peer would, and the source
     * relays it to the target. Measured: how long after R went to the source the target stored it (normally a
     * relay hop; a target that remembered the junk's claimed hash ignores R until a later block forces a
     * sync). Every other round is a control: the same without the junk block, so the two times compare within
     * one run. Each round comes from a new loopback address, so a ban of one does not end the attack (the ban
     * of the junk's sender is right: it is invalid).
     */
    static void junkHash(AttackContext ctx) {
        int[] round = { 0 };
        ctx.repeat(() -> {
            boolean control = round[0] % 2 == 1;
            String ip = rotated(ctx.attackerIp, round[0]++);
            try (PeerConnection toTarget = ctx.connect(ip, 0);
                    PeerConnection toSource = ctx.connect(ctx.nodes.sourceAddress(), ip, 0)) {
                if (toTarget.handshake(ctx.claim(), 5_000) != PeerConnection.Admission.ADMITTED
                        || toSource.handshake(ctx.claim(), 5_000) != PeerConnection.Admission.ADMITTED) {
                    ctx.tally.count("rounds without a handshake");
                    ctx.pause(1_000);
                    return;
                }
                BlockingQueue<Block> announced = new LinkedBlockingQueue<>();
                toTarget.serve(line -> {
                    if (Wire.type(line).equals("block")) {
                        announced.add(Wire.block(Wire.parse(line).get("block")));
                    }
                });
                toSource.serve(line -> {
                });
                Block tip = newest(announced, ctx);
                if (tip == null) {
                    ctx.tally.count("rounds without an announcement from the target");
                    return;
                }
                Block real = Mining.mine(tip, "junk-hash real " + round[0], ctx.difficulty);
                Block junk = new Block(real.index(), real.timestamp(), "junk-hash junk " + round[0], real.previousHash(),
                        real.difficulty(), real.nonce(), real.hash());
                if (!control) {
                    toTarget.send(Wire.announce(junk));
                }
                toSource.send(Wire.announce(real));
                long sent = System.nanoTime();
                if (!await(ctx, () -> ctx.http.json(ctx.nodes.sourceHttp(), "/api/blocks/" + real.hash())
                        .map(b -> b.path("canonical").asBoolean()).orElse(false), 1_000)) {
                    ctx.tally.count((control ? "control" : "junk") + " rounds raced (the source's tip moved first)");
                    return;
                }
                if (await(ctx, () -> ctx.http.hasBlock(ctx.nodes.targetHttp(), real.hash()), 3_000)) {
                    ctx.tally.time((control ? "control, no junk" : "after the junk")
                            + ": real block sent to the source -> stored on the target",
                            (System.nanoTime() - sent) / 1_000_000);
                } else {
                    ctx.tally.count((control ? "control" : "after the junk") + ": real block not on the target within 3 s");
                }
            }
            ctx.pause(500);
        });
    }

    /** Waits up to 2 s for the target's next announcement and returns it (the newest, if several came). */
    private static Block newest(BlockingQueue<Block> announced, AttackContext ctx) {
        announced.clear();
        try {
            Block b = announced.poll(Math.min(2_000, ctx.remainingMillis()), TimeUnit.MILLISECONDS);
            for (Block next = announced.poll(); next != null; next = announced.poll()) {
                b = next;
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The attacker's address moved on by {@code k}: 127.1.0.1, 127.1.0.2, ... within its /16. */
    static String rotated(String ip, int k) {
        String[] o = ip.split("\\.");
        int n = Integer.parseInt(o[2]) * 250 + Integer.parseInt(o[3]) - 1 + k;
        return o[0] + "." + o[1] + "." + (n / 250) + "." + (n % 250 + 1);
    }

    private static boolean await(AttackContext ctx, java.util.function.BooleanSupplier condition, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0 || !ctx.running()) {
                return false;
            }
            Pause.millis(2);
        }
        return true;
    }

    /**
     * A hello claiming height 2^63-1 and twice the target's work, then nothing served: the target's
     * {@code get_blocks} go unanswered; pings are answered so the connection stays. The readiness data's
     * {@code blocksBehind} is the measure.
     */
    static void hugeHeight(AttackContext ctx) {
        ctx.repeat(() -> {
            JsonNode chain = ctx.http.chain(ctx.nodes.targetHttp()).orElseThrow(() -> new IOException("target"));
            PeerConnection c = ctx.admitted(ctx.claim().withChain(Long.MAX_VALUE, Wire.randomHash(),
                    Wire.moreWork(chain.get("work").asText())));
            if (c == null) {
                return;
            }
            c.serve(line -> {
                if (Wire.type(line).equals("get_blocks")) {
                    ctx.tally.count("get_blocks received (never answered)");
                }
            });
            while (ctx.running() && !c.isClosed()) {
                ctx.pause(100);
            }
        });
    }

    static void hugeHeightAtEnd(AttackContext ctx) {
        ctx.finding("target's /api/node blocksBehind", ctx.http.json(ctx.nodes.targetHttp(), "/api/node")
                .map(n -> n.path("blocksBehind").asText()).orElse("?"));
    }

    /**
     * The control: a peer that completes the handshake, answers what it is asked with nothing, and holds
     * the connection. Its phase is the baseline that an attack run in the same place (cold, say) is
     * compared with.
     */
    static void idle(AttackContext ctx) {
        ctx.holdAdmitted(ctx.claim(), () -> {
        });
    }

    /**
     * A hello announcing more work, then every {@code get_blocks} answered with 500 copies of one valid block
     * the target already has (its tip when the attack starts).
     */
    static void uselessAnswers(AttackContext ctx) throws IOException {
        Block known = ctx.targetTip();
        String answer = Wire.blocks(Collections.nCopies(500, known));
        ctx.repeat(() -> {
            JsonNode chain = ctx.http.chain(ctx.nodes.targetHttp()).orElseThrow(() -> new IOException("target"));
            PeerConnection c = ctx.admitted(ctx.claim().withChain(chain.get("height").asLong() + 1000,
                    Wire.randomHash(), Wire.moreWork(chain.get("work").asText())));
            if (c == null) {
                return;
            }
            c.serve(line -> {
                if (Wire.type(line).equals("get_blocks")) {
                    ctx.tally.count("get_blocks received");
                    try {
                        c.send(answer);
                    } catch (IOException e) {
                        // closed: the next round reconnects
                    }
                }
            });
            while (ctx.running() && !c.isClosed()) {
                ctx.pause(100);
            }
        });
        ctx.finding("get_blocks received per second", ctx.tally.get("get_blocks received") * 1000 / Math.max(1,
                ctx.elapsedMillis()));
    }

    /**
     * A configured peer that flaps: the attacker listens, is added to the target's peers through its API,
     * and closes every connection the target dials right after the handshake (every other time after a
     * {@code bye "shutting down"}). The target's dials are counted.
     */
    static void flapping(AttackContext ctx) throws IOException {
        String address = ctx.attackerIp + ":" + ctx.attackerPort;
        ServerSocket server = ctx.register(new ServerSocket());
        server.bind(new InetSocketAddress(ctx.attackerIp, ctx.attackerPort));
        server.setSoTimeout(200);
        if (!ctx.http.addPeer(ctx.nodes.targetHttp(), address)) {
            ctx.finding("target", "refused POST /api/peers " + address);
            return;
        }
        int n = 0;
        while (ctx.running()) {
            Socket s;
            try {
                s = server.accept();
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                break; // closed at the deadline
            }
            ctx.tally.count("dials by the target");
            try (PeerConnection c = ctx.register(PeerConnection.accepted(s, ctx.tally))) {
                PeerConnection.Admission a = c.handshake(ctx.claim().withListenPort(ctx.attackerPort), false, 5_000);
                ctx.tally.count("flapping handshakes " + a.name().toLowerCase());
                if (a == PeerConnection.Admission.ADMITTED && n++ % 2 == 1) {
                    c.send(Wire.bye("shutting down"));
                }
            } catch (IOException e) {
                ctx.tally.count("I/O errors (" + e.getClass().getSimpleName() + ")");
            }
        }
        ctx.finding("dials by the target per minute",
                ctx.tally.get("dials by the target") * 60_000 / Math.max(1, ctx.elapsedMillis()));
    }

    /**
     * Valid blocks of a side branch forked from the genesis, each with the option {@code side-branch-bytes}
     * (default 60,000) bytes of data, mined here at the target's difficulty and announced as fast as the
     * target reads them. Its disk growth is the measure.
     */
    static void sideBranchFlood(AttackContext ctx) {
        String pad = "x".repeat(ctx.option("side-branch-bytes", 60_000));
        long[] n = { 0 };
        ctx.repeat(() -> {
            PeerConnection c = ctx.admitted(ctx.claim());
            if (c == null) {
                return;
            }
            c.serve(line -> {
            });
            Block parent = ctx.genesis;
            while (ctx.running() && !c.isClosed()) {
                Block b = Mining.mine(parent, "side " + n[0]++ + " " + pad, ctx.difficulty);
                c.send(Wire.announce(b));
                ctx.tally.count("side-branch blocks sent");
                parent = b;
                ctx.finding("last side-branch block", b.hash());
            }
        });
    }

    /**
     * Valid blocks of a branch on a parent the target has never seen, above its tip, each with the option
     * {@code orphan-bytes} (default 60,000) bytes of data, announced as fast as the target reads them; every
     * {@code get_blocks} the orphans start is answered with an empty {@code blocks}, so no sync comes of them.
     */
    static void orphanFlood(AttackContext ctx) {
        String pad = "x".repeat(ctx.option("orphan-bytes", 60_000));
        long[] n = { 0 };
        ctx.repeat(() -> {
            PeerConnection c = ctx.admitted(ctx.claim());
            if (c == null) {
                return;
            }
            String empty = Wire.blocks(List.of());
            c.serve(line -> {
                if (Wire.type(line).equals("get_blocks")) {
                    ctx.tally.count("get_blocks received");
                    try {
                        c.send(empty);
                    } catch (IOException e) {
                        // closed: the next round reconnects
                    }
                }
            });
            long height = ctx.targetTip().index() + 10;
            Block parent = new Block(height, System.currentTimeMillis(), "unknown", Wire.randomHash(), ctx.difficulty,
                    0, Wire.randomHash());
            while (ctx.running() && !c.isClosed()) {
                Block b = Mining.mine(parent, "orphan " + n[0]++ + " " + pad, ctx.difficulty);
                c.send(Wire.announce(b));
                ctx.tally.count("orphans sent");
                parent = b;
            }
        });
    }

    /**
     * A block past the allowed drift of the target's clock, at the tip's next height, sent over and over on a
     * connection (a new one when the target closes it), mined again only when the tip moved: what a node that
     * held it as too new but forgot it had would hash and offer to its chain each time, free. Run it with a
     * slow honest load (RATE=1), or the tip outruns each block at once.
     */
    static void tooNewRepeat(AttackContext ctx) {
        String pad = "x".repeat(ctx.option("orphan-bytes", 60_000));
        ctx.repeat(() -> {
            PeerConnection c = ctx.admitted(ctx.claim());
            if (c == null) {
                return;
            }
            c.serve(line -> {
            });
            long height = -1;
            String line = null;
            for (int sent = 0; ctx.running() && !c.isClosed(); sent++) {
                // at the tip's next height, mined again whenever the tip moved (checked every 100 copies)
                if (sent % 100 == 0 && ctx.targetTip().index() != height) {
                    height = ctx.targetTip().index();
                    Block parent = new Block(height, 0, "unknown", Wire.randomHash(), ctx.difficulty, 0,
                            Wire.randomHash());
                    line = Wire.announce(Mining.mine(parent, "too new " + pad, ctx.difficulty,
                            System.currentTimeMillis() + 3_600_000));
                    ctx.tally.count("blocks mined");
                }
                c.send(line);
                ctx.tally.count("copies sent");
            }
        });
    }

    static void sideBranchFloodAtEnd(AttackContext ctx) {
        String last = ctx.findings().get("last side-branch block");
        if (last != null) {
            ctx.finding("last side-branch block stored by the target",
                    ctx.http.hasBlock(ctx.nodes.targetHttp(), last) ? "yes" : "no");
        }
    }

    /**
     * Lines in the book's format (no handshake), the option {@code book-lines} (default 100) per connection,
     * one connection after another as fast as the target takes them: each connection reads the target's
     * hello, sends its lines, ends its output and reads until the target closes (2 s at most).
     */
    static void bookFlood(AttackContext ctx) {
        int perConnection = ctx.option("book-lines", 100);
        long[] n = { 0 };
        ctx.repeat(() -> {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < perConnection; i++) {
                lines.append(Wire.bookBlock(n[0], "book flood " + n[0]++)).append('\n');
            }
            try (PeerConnection c = ctx.connect()) {
                long deadline = System.nanoTime() + 2_000_000_000L;
                String first = c.readLine(deadline);
                if (first == null || Wire.type(first).equals("bye")) {
                    if (first != null) {
                        ctx.tally.bye(Wire.parse(first).path("reason").asText());
                    }
                    ctx.pause(1_000);
                    return;
                }
                c.sendRaw(lines.toString().getBytes(StandardCharsets.UTF_8));
                ctx.tally.add("book lines sent", perConnection);
                c.shutdownOutput();
                for (String l = c.readLine(deadline); l != null; l = c.readLine(deadline)) {
                    if (Wire.type(l).equals("bye")) {
                        ctx.tally.bye(Wire.parse(l).path("reason").asText());
                    }
                }
            }
        });
    }

    /** Pings as fast as the target reads them, batched 1,000 to a write; its pongs are read and counted. */
    static void pingFlood(AttackContext ctx) {
        flood(ctx, Wire.ping(42), "pong", "pings sent", "pongs received");
    }

    /** {@code get_peers} as fast as the target reads them; its {@code peers} answers are read and counted. */
    static void getPeersFlood(AttackContext ctx) {
        flood(ctx, Wire.getPeers(), "peers", "get_peers sent", "peers answers received");
    }

    private static void flood(AttackContext ctx, String request, String answerType, String sent, String answered) {
        byte[] batch = (request + "\n").repeat(1000).getBytes(StandardCharsets.UTF_8);
        ctx.repeat(() -> {
            PeerConnection c = ctx.admitted(ctx.claim());
            if (c == null) {
                return;
            }
            c.serve(line -> {
                if (Wire.type(line).equals(answerType)) {
                    ctx.tally.count(answered);
                }
            });
            while (ctx.running() && !c.isClosed()) {
                c.sendRaw(batch);
                ctx.tally.add(sent, 1000);
            }
        });
        ctx.finding(sent + " per second", ctx.tally.get(sent) * 1000 / Math.max(1, ctx.elapsedMillis()));
        ctx.finding(answered + " per second", ctx.tally.get(answered) * 1000 / Math.max(1, ctx.elapsedMillis()));
    }
}
