package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Ping;

/**
 * Every kind of hostile input closes that connection, bans the address and counts it, while the
 * node keeps serving the peer it already has. Bans are by host (the default): the honest peer
 * connected before the attack, and a ban refuses new connections only.
 */
class HostileInputTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private TestNode node;
    private TestNode honest;

    @BeforeEach
    void startNodeWithAnHonestPeer() {
        P2pConfig config = P2pConfig.loopback(List.of()).withLimits(4, 8, 1 << 20)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(10));
        node = TestNode.start(dir.resolve("node"), 8, config);
        honest = TestNode.start(dir.resolve("honest"), 8, node.address());
        await().atMost(WAIT).until(() -> node.p2p.status().peers() == 1);
    }

    @AfterEach
    void stop() {
        honest.close();
        node.close();
    }

    private void assertBannedFor(String reason, String metricTag) {
        await().atMost(WAIT).until(() -> node.counter("rantai.p2p.bans", "reason", metricTag) == 1);
        try (RawPeer again = new RawPeer(node.p2p.port())) {
            assertThat(again.readBye()).contains("banned until");
        }
        assertThat(node.peers()).anySatisfy(p -> {
            assertThat(p.address()).isEqualTo("127.0.0.1");
            assertThat(p.state()).isEqualTo(PeerState.BANNED);
            assertThat(p.banReason()).hasValueSatisfying(r -> assertThat(r).startsWith(reason));
        });
        assertStillServesTheHonestPeer();
    }

    private void assertStillServesTheHonestPeer() {
        long before = honest.height();
        node.mine("after the attack " + before);
        await().atMost(WAIT).until(() -> honest.height() == before + 1);
        assertThat(honest.tipHash()).isEqualTo(node.tipHash());
    }

    @Test
    void malformedJsonIsBanned() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            assertThat(attacker.readLine()).contains("\"type\":\"hello\"");
            attacker.sendLine("{\"type\":\"hello\",");
            assertThat(attacker.readBye()).contains("banned: malformed line");
            assertThat(attacker.closedByNode()).isTrue();
        }
        assertBannedFor("malformed line", "malformed");
    }

    @Test
    void aLineLongerThanTheFrameLimitIsBannedBeforeItIsBuffered() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.sendRaw("x".repeat((1 << 20) + 1).getBytes(StandardCharsets.US_ASCII));
            assertThat(attacker.readBye()).contains("banned: line longer than the frame limit");
        }
        assertBannedFor("line longer than the frame limit", "oversize");
    }

    @Test
    void aLineOneByteOverTheFrameLimitIsBannedEvenWithItsNewline() {
        // The limit holds for a line that ends, too, wherever the reads of it happen to split.
        byte[] line = ("x".repeat((1 << 20) + 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.sendRaw(line);
            assertThat(attacker.readBye()).contains("banned: line longer than the frame limit");
        }
        assertBannedFor("line longer than the frame limit", "oversize");
    }

    @Test
    void binaryGarbageIsBanned() {
        byte[] garbage = new byte[600];
        new Random(7).nextBytes(garbage);
        garbage[garbage.length - 1] = '\n';
        garbage[0] = (byte) 0xff;
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.sendRaw(garbage);
            assertThat(attacker.readBye()).contains("banned: malformed line");
        }
        assertBannedFor("malformed line", "malformed");
    }

    @Test
    void aClientThatNeverSaysHelloIsBannedAfterTheHandshakeTimeout() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            assertThat(attacker.readBye()).contains("banned: no handshake within the handshake timeout");
        }
        assertBannedFor("no handshake within the handshake timeout", "handshake-timeout");
    }

    @Test
    void aDialedNodeThatStaysSilentIsDialedAgainNotBanned() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // The kernel completes the TCP handshake from the backlog; nobody ever answers.
            PeerAddress address = new PeerAddress("127.0.0.1", silent.getLocalPort());
            node.p2p.addPeer(address).join();
            await().atMost(WAIT).untilAsserted(() -> assertThat(node.peers())
                    .filteredOn(p -> p.address().equals(address.toString())).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PeerState.BACKING_OFF)));
            assertThat(node.counter("rantai.p2p.bans", "reason", "handshake-timeout")).isZero();
        }
    }

    @Test
    void aDialedServiceThatIsNoNodeIsDialedAgainNotBanned() throws IOException {
        try (ServerSocket http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // An HTTP port given as a peer: it answers every connection with an HTTP error and closes.
            Thread answering = new Thread(() -> {
                while (!http.isClosed()) {
                    try (java.net.Socket s = http.accept()) {
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        // the test is over
                    }
                }
            }, "http-port");
            answering.setDaemon(true);
            answering.start();
            PeerAddress address = new PeerAddress("127.0.0.1", http.getLocalPort());
            node.p2p.addPeer(address).join();
            await().atMost(WAIT).untilAsserted(() -> assertThat(node.peers())
                    .filteredOn(p -> p.address().equals(address.toString())).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PeerState.BACKING_OFF)));
            // nothing is banned: not the endpoint, and not its host, where honest nodes may listen
            assertThat(node.peers()).noneSatisfy(p -> assertThat(p.state()).isEqualTo(PeerState.BANNED));
            node.p2p.removePeer(address).join();
        }
    }

    @Test
    void aMessageBeforeHelloIsBanned() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.send(new Ping(1));
            assertThat(attacker.readBye()).contains("banned: message out of order");
        }
        assertBannedFor("message out of order", "protocol");
    }

    @Test
    void anInvalidBlockIsBanned() {
        Block genesis = node.chain.rules().genesis();
        Block forged = new Block(1, System.currentTimeMillis(), "forged", genesis.hash(), genesis.difficulty(), 0,
                "ff".repeat(32));
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.handshake(node);
            attacker.send(new BlockAnnounce(forged));
            assertThat(attacker.readBye()).contains("banned: invalid block");
        }
        assertBannedFor("invalid block", "invalid-block");
        assertThat(node.height()).isEqualTo(honest.height());
        assertThat(node.chain.store().contains(forged.hash())).isFalse();
    }

    @Test
    void blocksNobodyAskedForAreBanned() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.handshake(node);
            attacker.send(new Blocks(List.of()));
            assertThat(attacker.readBye()).contains("banned: blocks nobody asked for");
        }
        assertBannedFor("blocks nobody asked for", "unrequested-blocks");
    }

    @Test
    void withBanScopeAddressAnotherNodeOnTheSameHostIsStillAccepted() {
        P2pConfig byAddress = P2pConfig.loopback(List.of()).withBanScope(BanScope.ADDRESS);
        try (TestNode target = TestNode.start(dir.resolve("target"), 8, byAddress)) {
            try (RawPeer attacker = new RawPeer(target.p2p.port())) {
                attacker.sendLine("not json");
                assertThat(attacker.readBye()).contains("banned: malformed line");
            }
            assertThat(target.peers()).anySatisfy(p -> {
                assertThat(p.address()).startsWith("127.0.0.1:");
                assertThat(p.state()).isEqualTo(PeerState.BANNED);
            });
            try (TestNode neighbour = TestNode.start(dir.resolve("neighbour"), 8, target.address())) {
                await().atMost(WAIT).until(() -> target.p2p.status().peers() == 1);
                target.mine("still open to the neighbour");
                await().atMost(WAIT).until(() -> neighbour.height() == 1);
            }
        }
    }

    @Test
    void withBanScopeAddressAClientThatDoesNotListenCompletesItsHandshake() {
        P2pConfig byAddress = P2pConfig.loopback(List.of()).withBanScope(BanScope.ADDRESS);
        try (TestNode target = TestNode.start(dir.resolve("target"), 8, byAddress);
                RawPeer client = new RawPeer(target.p2p.port())) {
            // listenPort 0: the client accepts no connections
            client.handshake(target);
            assertThat(client.readLine()).isEqualTo("{\"type\":\"get_peers\"}");
            await().atMost(WAIT).until(() -> target.p2p.status().peers() == 1);
        }
    }

    @Test
    void blankLinesAndCarriageReturnsOfATerminalAreNotHeldAgainstAClient() {
        // What someone typing at nc sends: empty lines, and lines ending in CR LF.
        try (RawPeer typist = new RawPeer(node.p2p.port())) {
            typist.sendRaw("\n  \r\n\t\n".getBytes(StandardCharsets.UTF_8));
            typist.readNodeHello();
            // The hello is signed as it crossed the wire: without the CR a terminal adds.
            dev.rantai.p2p.wire.Hello own = typist.hello(node);
            typist.remember(own);
            typist.sendRaw((RawPeer.CODEC.encode(own) + "\r\n").getBytes(StandardCharsets.UTF_8));
            typist.sendRaw(
                    ("\r\n" + RawPeer.CODEC.encode(typist.authForLastHello()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(typist.readLineOfType("auth")).isNotNull();
            typist.sendRaw((RawPeer.CODEC.encode(new Ping(7)) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String line = typist.readLine();
            while (line != null && !line.contains("\"type\":\"pong\"")) {
                line = typist.readLine();
            }
            assertThat(line).isEqualTo("{\"type\":\"pong\",\"nonce\":7}");
        }
        assertThat(node.counter("rantai.p2p.bans")).isZero();
    }

    @Test
    void aFloodOfConnectionsBeyondMaxPeersIsRefusedWithBye() {
        List<RawPeer> flood = new ArrayList<>();
        try {
            int refused = 0;
            for (int i = 0; i < 8; i++) {
                RawPeer p = new RawPeer(node.p2p.port());
                flood.add(p);
                String first = p.readLine();
                if (first != null && first.contains("too many peers")) {
                    refused++;
                    continue;
                }
                assertThat(first).contains("\"type\":\"hello\"");
                p.acceptNodeHello(first);
                p.sendHello(p.hello(node));
                p.sendAuth(java.util.Optional.empty());
                String answer = p.readLineOfType("auth");
                String next = answer == null ? null : p.readLine();
                if (answer == null || next != null && next.contains("too many peers")) {
                    refused++;
                }
            }
            // max-peers is 4, of which 2 are kept for outbound connections; the honest peer holds one of
            // the 2 inbound slots: 1 of the 8 gets in, and none can evict the others (all are protected).
            assertThat(refused).isEqualTo(7);
            assertThat(node.counter("rantai.p2p.refused", "reason", "full")).isEqualTo(7);
            assertThat(node.p2p.status().peers()).isLessThanOrEqualTo(4);
            assertStillServesTheHonestPeer();
        } finally {
            flood.forEach(RawPeer::close);
        }
    }
}
