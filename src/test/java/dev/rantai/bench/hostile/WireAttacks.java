package dev.rantai.bench.hostile;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rantai.bench.Mining;
import dev.rantai.chain.Block;

/**
 * The attacks on a single line and a single connection: oversized and malformed fields, a peer that does not
 * read, connections that never start TLS, a stolen node id; and the check that a node's answers fit a peer
 * with the same settings. Each method is one case, as described where it is registered ({@link Attacks}).
 */
final class WireAttacks {
    private WireAttacks() {
    }

    /** A hello whose work is 1,000,000 decimal digits (under the 1 MiB frame), on one new connection after another. */
    static void hugeWork(AttackContext ctx) {
        String work = "9".repeat(1_000_000);
        ctx.repeat(() -> {
            try (PeerConnection c = ctx.connect()) {
                PeerConnection.Admission a = c.handshake(ctx.claim().withChain(0, ctx.genesis.hash(), work),
                        ctx.remainingMillis());
                ctx.tally.count("huge-work hellos " + a.name().toLowerCase());
                if (a == PeerConnection.Admission.REFUSED) {
                    ctx.pause(1_000);
                }
            }
        });
    }

    /**
     * Hellos with node ids of 1,000,000 characters, of 330,000 right-to-left marks (U+200F, about 1 MB of
     * UTF-8) and empty, one connection each, closed once admitted. The target's log growth is the measure.
     */
    static void longNodeId(AttackContext ctx) {
        List<String> ids = List.of("a".repeat(1_000_000), "\u200f".repeat(330_000), "");
        int[] n = { 0 };
        ctx.repeat(() -> {
            String id = ids.get(n[0]++ % ids.size());
            try (PeerConnection c = ctx.connect()) {
                PeerConnection.Admission a = c.handshake(ctx.claim().withNodeId(id), Math.min(10_000, ctx.remainingMillis()));
                ctx.tally.count("odd node ids " + a.name().toLowerCase());
                if (a == PeerConnection.Admission.REFUSED) {
                    ctx.pause(1_000);
                }
            }
        });
    }

    /**
     * Blocks whose data holds bytes C0 AE (an overlong UTF-8 form of '.') on the wire. Each is valid if read
     * leniently as '.', and forks one block below the target's tip (a side branch: no reorg). Stored means the
     * target took the overlong form; a strict decoder refuses the line.
     */
    static void overlongUtf8(AttackContext ctx) {
        int[] n = { 0 };
        ctx.repeat(() -> {
            PeerConnection c = ctx.admitted(ctx.claim());
            if (c == null) {
                return;
            }
            c.serve(line -> {
            });
            while (ctx.running() && !c.isClosed()) {
                Block tip = ctx.targetTip();
                Block parent = ctx.http.block(ctx.nodes.targetHttp(), Long.toString(Math.max(0, tip.index() - 1)))
                        .orElseThrow(() -> new IOException("no parent block"));
                Block b = Mining.mine(parent, "overlong " + n[0]++ + " A.B", ctx.difficulty);
                c.sendRaw(overlong(Wire.announce(b) + "\n"));
                ctx.tally.count("blocks with C0 AE sent");
                ctx.pause(300);
                boolean stored = ctx.http.hasBlock(ctx.nodes.targetHttp(), b.hash());
                ctx.tally.count(stored ? "stored as '.'" : "not stored");
            }
        });
    }

    /** The line's bytes with the '.' of "A.B" as the overlong pair C0 AE. */
    private static byte[] overlong(String line) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        int at = line.indexOf("A.B") + 1;
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = (byte) 0xC0;
        out[at + 1] = (byte) 0xAE;
        System.arraycopy(utf8, at + 1, out, at + 2, utf8.length - at - 1);
        return out;
    }

    /**
     * A peer that never reads: a 4 KiB receive buffer, the handshake, then 20 {@code get_blocks} from the
     * genesis (each answered with 500 blocks of 8 KiB on the prepared chain) every 50 ms. A connection the
     * target closes (seen as a failed write) is replaced.
     */
    static void noRead(AttackContext ctx) {
        byte[] burst = (Wire.getBlocks(List.of(ctx.genesis.hash()), 500) + "\n").repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        ctx.repeat(() -> {
            PeerConnection c = ctx.connect(ctx.attackerIp, 4096);
            PeerConnection.Admission a = c.handshake(ctx.claim(), Math.min(10_000, ctx.remainingMillis()));
            if (a != PeerConnection.Admission.ADMITTED) {
                ctx.tally.count("handshakes " + a.name().toLowerCase());
                c.close();
                ctx.pause(1_000);
                return;
            }
            while (ctx.running()) {
                c.sendRaw(burst);
                ctx.tally.add("get_blocks sent (never read)", 20);
                ctx.pause(50);
            }
        });
    }

    /**
     * Only against a target with TLS: plain TCP connections that never start the TLS handshake, held open and
     * replaced when closed, up to the option {@code tls-silent} (default 10,000) at a time, opened at the
     * option {@code tls-silent-rate} a second (default 500; paced, so a target that closes them at once does
     * not make the attacker open faster).
     */
    static void tlsSilent(AttackContext ctx) throws IOException {
        int target = ctx.option("tls-silent", 10_000);
        long rate = ctx.option("tls-silent-rate", 500);
        Map<SocketChannel, Long> openedAt = new HashMap<>();
        long[] heldMax = { 0 };
        long start = System.nanoTime();
        long opened = 0;
        try (Selector selector = ctx.register(Selector.open())) {
            ByteBuffer sink = ByteBuffer.allocate(4096);
            while (ctx.running()) {
                long due = (System.nanoTime() - start) / 1_000_000 * rate / 1_000;
                for (; opened < due && openedAt.size() < target; opened++) {
                    SocketChannel ch = SocketChannel.open();
                    ch.configureBlocking(false);
                    ch.bind(new InetSocketAddress(ctx.attackerIp, 0));
                    ch.connect(ctx.nodes.targetAddress());
                    ch.register(selector, SelectionKey.OP_CONNECT);
                    openedAt.put(ch, System.nanoTime());
                }
                if (openedAt.size() >= target) {
                    opened = Math.max(opened, due); // no catching up once connections are freed
                }
                selector.select(10);
                for (SelectionKey key : selector.selectedKeys()) {
                    silentEvent(ctx, key, openedAt, sink);
                }
                selector.selectedKeys().clear();
                heldMax[0] = Math.max(heldMax[0], openedAt.size());
            }
        } catch (ClosedSelectorException e) {
            // the attack's end closed the selector
        } finally {
            for (SocketChannel ch : openedAt.keySet()) {
                ch.close();
            }
            ctx.finding("silent connections held at once (max)", heldMax[0]);
        }
    }

    /** A silent connection got connected, or the target closed it (it never sends anything else to it). */
    private static void silentEvent(AttackContext ctx, SelectionKey key, Map<SocketChannel, Long> openedAt,
            ByteBuffer sink) throws IOException {
        SocketChannel ch = (SocketChannel) key.channel();
        try {
            if (key.isConnectable() && ch.finishConnect()) {
                ctx.tally.count("silent connections opened");
                key.interestOps(SelectionKey.OP_READ);
            } else if (key.isReadable()) {
                sink.clear();
                if (ch.read(sink) < 0) {
                    ctx.tally.closedByTarget();
                    ctx.tally.time("held until the target closed", (System.nanoTime() - openedAt.get(ch)) / 1_000_000);
                    openedAt.remove(ch);
                    ch.close();
                }
            }
        } catch (IOException e) {
            ctx.tally.count("silent connections failed (" + e.getMessage() + ")");
            openedAt.remove(ch);
            ch.close();
        }
    }

    /**
     * A hello with the node id of the honest source, which the target dialed (and, in protocol 2, its public
     * key, read from the source's own hello: this attacker cannot sign with it). Held open once admitted,
     * answering pings and relaying nothing; reconnects if closed.
     */
    static void impostor(AttackContext ctx) throws IOException {
        String victim = ctx.http.json(ctx.nodes.sourceHttp(), "/api/node").map(n -> n.get("nodeId").asText())
                .orElseThrow(() -> new IllegalStateException("the source does not answer GET /api/node"));
        Claim claim = ctx.claim().withNodeId(victim);
        try (PeerConnection toSource = ctx.connect(ctx.nodes.sourceAddress(), ctx.attackerIp, 0)) {
            String hello = toSource.readLine(System.nanoTime() + 5_000_000_000L);
            String key = hello == null ? "" : Wire.parse(hello).path("key").asText("");
            if (!key.isEmpty()) {
                claim = claim.withKey(key);
            }
        }
        ctx.finding("impersonated node id", victim);
        ctx.holdAdmitted(claim, () -> ctx.tally.count("impostor admitted"));
    }

    /** What the target's /api/peers says of the source it dialed, while the impostor is connected. */
    static void impostorAtEnd(AttackContext ctx) {
        ctx.finding("target's view of the source", Attacks.peerView(ctx, ctx.nodes.targetHttp(),
                Nodes.address(ctx.nodes.sourceP2p())));
        ctx.finding("target's view of the sink", Attacks.peerView(ctx, ctx.nodes.targetHttp(),
                Nodes.address(ctx.nodes.sinkP2p())));
    }

    /**
     * Not an attack, a check: a fresh node (the extra node, started with no peers and the same settings as
     * the target) is given the target as its peer and must sync the target's chain of maximal blocks.
     */
    static void oversizeAnswer(AttackContext ctx) {
        int joiner = ctx.nodes.extraHttp();
        long goal = ctx.http.chain(ctx.nodes.targetHttp()).map(c -> c.get("height").asLong()).orElse(-1L);
        ctx.finding("target height when the joiner starts", goal);
        // watched whatever the answer: a slow answer may still have added the peer
        ctx.finding("joiner's POST /api/peers", ctx.http.addPeerAnswer(joiner, Nodes.address(ctx.nodes.targetP2p())));
        long reached = -1;
        while (ctx.running() && reached < 0) {
            long h = ctx.http.chain(joiner).map(c -> c.get("height").asLong()).orElse(-1L);
            if (h >= goal) {
                reached = ctx.elapsedMillis();
            }
            ctx.pause(200);
        }
        ctx.finding("joiner synced the target's height", reached < 0 ? "no" : "after " + reached + " ms");
    }

    static void oversizeAnswerAtEnd(AttackContext ctx) {
        ctx.finding("joiner height at the end",
                ctx.http.chain(ctx.nodes.extraHttp()).map(c -> c.get("height").asText()).orElse("?"));
        ctx.finding("joiner's view of the target", Attacks.peerView(ctx, ctx.nodes.extraHttp(),
                Nodes.address(ctx.nodes.targetP2p())));
    }
}
