package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.bench.Mining;
import dev.rantai.chain.Block;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.Hashes;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Peers;
import dev.rantai.p2p.wire.Ping;

/**
 * The node's behaviour over many lines and many peers: who gets a slot, what misbehaviour costs, how
 * sync knows it makes progress, what the book path allows, what each request costs its sender.
 */
class HostilePeersTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** A block on {@code parent}, mined here, with the data and timestamp given. */
    static Block mine(Block parent, String data, long timestamp) {
        return Mining.mine(parent, data, parent.difficulty(), timestamp);
    }

    @Test
    void inboundConnectionsFromOneAddressCannotTakeTheSlotOfAnOutboundPeer() {
        // max-peers 3: one slot is kept for outbound connections, two per IP and per group at most.
        P2pConfig tight = P2pConfig.loopback(List.of()).with(b -> {
            b.maxPeers = 3;
            b.maxInboundPerIp = 2;
            b.maxInboundPerGroup = 2;
        });
        try (TestNode x = TestNode.start(dir.resolve("x"), 8);
                TestNode node = TestNode.start(dir.resolve("node"), 8, tight);
                RawPeer first = new RawPeer(node.p2p.port());
                RawPeer second = new RawPeer(node.p2p.port())) {
            x.mine("x is ahead");
            first.handshake(node);
            second.handshake(node);
            try (RawPeer third = new RawPeer(node.p2p.port())) {
                assertThat(third.readLine()).contains("bye").contains("too many connections from 127.0.0.1");
            }
            // An inbound peer names X: the node dials it on an outbound slot of its own, and stays.
            first.send(new Peers(List.of(x.address().toString())));
            await().atMost(WAIT).until(() -> node.height() == 1);
            assertThat(node.tipHash()).isEqualTo(x.tipHash());
            assertThat(node.peers()).filteredOn(p -> p.address().equals(x.address().toString())).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PeerState.CONNECTED));
            assertThat(node.counter("rantai.p2p.refused", "reason", "full")).isEqualTo(1);
        }
    }

    @Test
    void aNewcomerEvictsTheYoungestUnprotectedInboundPeerWhenTheSlotsAreFull() {
        // 10 inbound slots (no outbound target): 4 are protected as the longest connected; the newest goes.
        P2pConfig ten = P2pConfig.loopback(List.of()).with(b -> {
            b.maxPeers = 10;
            b.targetOutbound = 0;
        });
        List<RawPeer> inbound = new ArrayList<>();
        try (TestNode node = TestNode.start(dir.resolve("node"), 8, ten)) {
            for (int i = 0; i < 10; i++) {
                RawPeer p = new RawPeer(node.p2p.port());
                inbound.add(p);
                p.handshake(node);
                assertThat(p.readLine()).isEqualTo("{\"type\":\"get_peers\"}");
            }
            try (RawPeer newcomer = new RawPeer(node.p2p.port())) {
                newcomer.handshake(node);
                assertThat(newcomer.readLine()).isEqualTo("{\"type\":\"get_peers\"}");
                assertThat(inbound.get(9).readBye()).contains("evicted");
                await().atMost(WAIT).until(() -> node.p2p.status().peers() == 10);
                assertThat(node.peers()).extracting(v -> v.nodeId().orElse(""))
                        .contains(newcomer.key().nodeId(), inbound.get(0).key().nodeId())
                        .doesNotContain(inbound.get(9).key().nodeId());
            }
        } finally {
            inbound.forEach(RawPeer::close);
        }
    }

    @Test
    void aJunkBlockClaimingTheRealNextHashLeavesNoMarkThatHidesTheRealBlock() {
        // Bans by address: the honest relay below comes from the attacker's IP (127.0.0.1).
        P2pConfig byAddress = P2pConfig.loopback(List.of()).withBanScope(dev.rantai.p2p.peer.BanScope.ADDRESS);
        try (TestNode node = TestNode.start(dir.resolve("node"), 8, byAddress)) {
            Block genesis = node.chain.rules().genesis();
            Block real = mine(genesis, "the real next block", System.currentTimeMillis());
            Block junk = new Block(real.index(), real.timestamp(), "junk", real.previousHash(), real.difficulty(),
                    real.nonce(), real.hash());
            try (RawPeer attacker = new RawPeer(node.p2p.port())) {
                attacker.handshake(node);
                attacker.send(new BlockAnnounce(junk));
                assertThat(attacker.readBye()).contains("banned: invalid block");
            }
            try (RawPeer relay = new RawPeer(node.p2p.port())) {
                relay.handshake(node);
                relay.send(new BlockAnnounce(real));
                await().atMost(WAIT).until(() -> node.height() == 1);
                assertThat(node.tipHash()).isEqualTo(real.hash());
            }
        }
    }

    @Test
    void aHeightOnlyClaimedMovesNoFigure() {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8); RawPeer liar = new RawPeer(node.p2p.port())) {
            String genesis = node.chain.rules().genesis().hash();
            liar.handshake(liar.hello(genesis, Long.MAX_VALUE, Hashes.hex(Hashes.sha256("no such tip")),
                    BigInteger.TWO.pow(300)), Optional.empty());
            await().atMost(WAIT).until(() -> node.p2p.status().peers() == 1);
            await().pollDelay(Duration.ofSeconds(1)).atMost(WAIT).until(() -> true);
            assertThat(node.p2p.status().bestPeerHeight()).isZero();
            assertThat(node.p2p.status().blocksBehind()).isZero();
            assertThat(node.peers()).singleElement().satisfies(p -> {
                assertThat(p.remoteHeight()).isZero();
                assertThat(p.claimedHeight()).isEqualTo(Long.MAX_VALUE);
            });
        }
    }

    @Test
    void aBlockOnlyTooNewIsKeptAndTakenWhenItsTimeComesWithoutPunishingItsSender() {
        ChainParams params = new ChainParams(8, "Genesis Block", 65536, Duration.ofSeconds(1));
        try (TestNode node = TestNode.start(dir.resolve("node"), params, P2pConfig.loopback(List.of()));
                RawPeer early = new RawPeer(node.p2p.port())) {
            early.handshake(node);
            Block ahead = mine(node.chain.rules().genesis(), "from a clock 3 s ahead", System.currentTimeMillis() + 3_000);
            early.send(new BlockAnnounce(ahead));
            await().atMost(WAIT).until(() -> node.height() == 1);
            assertThat(node.tipHash()).isEqualTo(ahead.hash());
            assertThat(node.counter("rantai.p2p.bans")).isZero();
            early.send(new Ping(5));
            assertThat(early.readLineOfType("pong")).as("still connected").contains("5");
        }
    }

    @Test
    void aSyncSourceWhoseAnswersBringNothingNewIsNotAskedAgainAndAnotherIsUsed() {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8)) {
            List<Block> own = node.mine("own ", Blocks.MAX_BLOCKS);
            try (RawPeer useless = new RawPeer(node.p2p.port())) {
                Block tip = own.get(own.size() - 1);
                // It claims a better chain, and answers every get_blocks with blocks the node has.
                useless.handshake(useless.hello(node.chain.rules().genesis().hash(), 10_000,
                        Hashes.hex(Hashes.sha256("better")), BigInteger.TWO.pow(40)), Optional.empty());
                AtomicInteger asked = new AtomicInteger();
                useless.readTimeoutMillis(3_000);
                long until = System.currentTimeMillis() + 5_000;
                while (System.currentTimeMillis() < until) {
                    String line;
                    try {
                        line = useless.readLine();
                    } catch (AssertionError quiet) {
                        continue;
                    }
                    if (line == null) {
                        break;
                    }
                    if (line.contains("\"type\":\"get_blocks\"")) {
                        asked.incrementAndGet();
                        useless.send(new Blocks(own));
                    } else if (line.contains("\"type\":\"ping\"")) {
                        useless.send(new dev.rantai.p2p.wire.Pong(Long.parseLong(line.replaceAll("\\D*(-?\\d+)\\D*$", "$1"))));
                    }
                }
                assertThat(asked.get()).as("get_blocks in 5 s").isLessThanOrEqualTo(3);
                assertThat(tip.index()).isEqualTo(node.height());
                // An honest peer with more work is used.
                try (TestNode better = TestNode.start(dir.resolve("better"), 8)) {
                    better.mine("better ", Blocks.MAX_BLOCKS + 5);
                    node.p2p.addPeer(better.address()).join();
                    await().atMost(WAIT).until(() -> node.tipHash().equals(better.tipHash()));
                }
            }
        }
    }

    @Test
    void anAnswerThatIsNotTheChainAfterTheLocatorIsBanned() {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8); RawPeer peer = new RawPeer(node.p2p.port())) {
            Block one = mine(node.chain.rules().genesis(), "one", System.currentTimeMillis());
            peer.handshake(peer.hello(node.chain.rules().genesis().hash(), 5, Hashes.hex(Hashes.sha256("x")),
                    BigInteger.TWO.pow(20)), Optional.empty());
            assertThat(peer.readLineOfType("get_blocks")).isNotNull();
            peer.send(new Blocks(Collections.nCopies(Blocks.MAX_BLOCKS, one)));
            assertThat(peer.readBye()).contains("banned: a blocks answer that is not the chain after the locator");
        }
    }

    @Test
    void aCoolDownEarnedByAnotherPeerOnTheSameAddressNeverKeepsAConfiguredPeerAway() {
        try (TestNode honest = TestNode.start(dir.resolve("honest"), 8);
                TestNode node = TestNode.start(dir.resolve("node"), 8, honest.address());
                RawPeer flooder = new RawPeer(node.p2p.port())) {
            await().atMost(WAIT).until(() -> node.p2p.status().peers() == 1);
            flooder.handshake(node);
            // messages of unknown types as fast as it can: over the budget, and 127.0.0.1 cools down
            flooder.sendRaw("{\"type\":\"noise\"}\n".repeat(2_000).getBytes(StandardCharsets.UTF_8));
            assertThat(flooder.readBye()).contains("too many requests");
            PeerAddress configured = honest.address();
            node.p2p.removePeer(configured).join();
            await().atMost(WAIT).until(() -> node.p2p.status().peers() == 0);

            node.p2p.addPeer(configured).join();
            // at once, not when the 60 s of the cool-down are over
            await().atMost(Duration.ofSeconds(10)).until(() -> node.p2p.status().peers() == 1);
        }
    }

    @Test
    void aPeerThatFloodsRequestsIsSlowedThenDisconnected() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8); RawPeer flooder = new RawPeer(node.p2p.port())) {
            flooder.handshake(node);
            long start = System.currentTimeMillis();
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 200_000; i++) {
                    flooder.send(i % 2 == 0 ? new Ping(i) : new GetPeers());
                }
            });
            writer.setDaemon(true);
            writer.start();
            int pongs = 0;
            String bye = null;
            for (String line = flooder.readLine(); line != null; line = flooder.readLine()) {
                if (line.contains("\"type\":\"ping\"")) {
                    // it reads the answers and answers the node's pings, as a node would
                    flooder.send(new dev.rantai.p2p.wire.Pong(Long.parseLong(line.replaceAll("\\D*(-?\\d+)\\D*$", "$1"))));
                } else if (line.contains("\"type\":\"pong\"")) {
                    pongs++;
                } else if (line.contains("\"type\":\"bye\"")) {
                    bye = line;
                    break;
                }
            }
            long seconds = Math.max(1, (System.currentTimeMillis() - start) / 1000);
            assertThat(bye).contains("too many requests");
            assertThat(pongs).as("pongs in %d s", seconds).isLessThanOrEqualTo(25 + 3 * (int) seconds);
            assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget")).isEqualTo(1);
            // a new connection would be a new budget: the address cools down first
            try (RawPeer again = new RawPeer(node.p2p.port())) {
                assertThat(again.readBye()).contains("banned until");
            }
        }
    }

    @Test
    void aConnectionCarriesOneBookLineAndBookLinesAreRateLimitedPerHost() throws IOException {
        try (TestNode node = TestNode.start(dir.resolve("node"), 8)) {
            try (Socket s = new Socket("127.0.0.1", node.p2p.port())) {
                OutputStream out = s.getOutputStream();
                for (int i = 0; i < 3; i++) {
                    out.write(("{\"Index\":" + i + ",\"Timestamp\":0,\"Data\":{\"Data\":\"line " + i
                            + "\"},\"PrevHash\":null,\"Hash\":null}\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            } catch (IOException closedAfterTheFirstLine) {
                // the node closes the connection after one book line
            }
            await().atMost(WAIT).until(() -> node.height() == 1);
            for (int i = 0; i < 40; i++) {
                try (Socket s = new Socket("127.0.0.1", node.p2p.port())) {
                    s.setSoTimeout(10_000);
                    s.getOutputStream().write(("{\"Index\":1,\"Timestamp\":0,\"Data\":{\"Data\":\"flood " + i
                            + "\"},\"PrevHash\":null,\"Hash\":null}\n").getBytes(StandardCharsets.UTF_8));
                    // The node closes the connection once it has taken (or refused) the line.
                    s.getInputStream().readAllBytes();
                }
            }
            await().atMost(WAIT).until(() -> node.counter("rantai.p2p.refused", "reason", "book-rate") >= 1);
            await().atMost(WAIT).until(() -> node.chain.queuedSubmissions() == 0);
            assertThat(node.height()).as("1 + a burst of 20 and what 2 a second refilled").isLessThan(30);
        }
    }

    @Test
    void aGuardedNodeRefusesBookLinesUnlessItsOperatorAllowsThem() throws IOException {
        P2pConfig off = P2pConfig.loopback(List.of()).with(b -> b.bookInbound = BookInbound.OFF);
        P2pConfig allow = P2pConfig.loopback(List.of()).with(b -> {
            b.bookInbound = BookInbound.ALLOWLIST;
            b.bookAllowlist = List.of("127.0.0.1");
        });
        try (TestNode closed = TestNode.start(dir.resolve("off"), 8, off);
                TestNode listed = TestNode.start(dir.resolve("allow"), 8, allow)) {
            for (TestNode n : List.of(closed, listed)) {
                try (Socket s = new Socket("127.0.0.1", n.p2p.port())) {
                    s.getOutputStream().write(
                            "{\"Index\":1,\"Timestamp\":0,\"Data\":{\"Data\":\"book\"},\"PrevHash\":null,\"Hash\":null}\n"
                                    .getBytes(StandardCharsets.UTF_8));
                }
            }
            await().atMost(WAIT).until(() -> listed.height() == 1);
            await().atMost(WAIT).until(() -> closed.counter("rantai.p2p.refused", "reason", "book") == 1);
            assertThat(closed.height()).isZero();
        }
    }
}
