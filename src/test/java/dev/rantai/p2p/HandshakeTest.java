package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.handshake.SharedSecret;
import dev.rantai.p2p.handshake.Transcript;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.Hello;

/** The identity of a node: a key it keeps, an id derived from it, and a handshake in which it proves it. */
class HandshakeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path dir;

    @Test
    void anImpostorOfAConnectedPeerIsRefusedAndTheRealPeerKeepsItsSession() {
        try (TestNode b = TestNode.start(dir.resolve("b"), 8);
                TestNode d = TestNode.start(dir.resolve("d"), 8, b.address())) {
            await().atMost(WAIT).until(() -> d.connectedPeers() == 1);
            try (RawPeer impostor = new RawPeer(d.p2p.port())) {
                // B's id and B's public key are public; its private key is not.
                impostor.readNodeHello();
                Hello own = impostor.hello(d);
                Hello claimingB = new Hello(own.version(), own.network(), b.p2p.nodeId(),
                        NodeKey.loadOrCreate(dir.resolve("b")).publicKeyHex(), own.nonce(), 3001, 1_000, own.tip(),
                        own.work(), own.agent());
                impostor.sendHello(claimingB);
                impostor.sendAuth(Optional.empty());
                assertThat(impostor.readBye()).contains("banned: identity not proven");
            }
            assertThat(d.counter("rantai.p2p.bans", "reason", "identity")).isEqualTo(1);
            b.mine("after the impostor");
            await().atMost(WAIT).until(() -> d.height() == 1);
            assertThat(d.peers()).filteredOn(p -> p.state() == PeerState.CONNECTED).singleElement()
                    .satisfies(p -> assertThat(p.nodeId()).contains(b.p2p.nodeId()));
        }
    }

    @Test
    void anEstablishedSessionIsKeptOverANewcomerThatProvesTheSameIdentity() {
        try (TestNode b = TestNode.start(dir.resolve("b"), 8);
                TestNode d = TestNode.start(dir.resolve("d"), 8, b.address())) {
            await().atMost(WAIT).until(() -> d.connectedPeers() == 1);
            await().pollDelay(Duration.ofMillis(100)).atMost(WAIT)
                    .until(() -> System.currentTimeMillis() - admittedAt(d) > 5_000 + 100);
            // A second connection with B's own key: a proven identity, but the first session stays.
            try (RawPeer second = new RawPeer(d.p2p.port(), NodeKey.loadOrCreate(dir.resolve("b")))) {
                second.handshake(d);
                assertThat(second.readBye()).contains("duplicate connection");
            }
            b.mine("still connected");
            await().atMost(WAIT).until(() -> d.height() == 1);
        }
    }

    private static long admittedAt(TestNode node) {
        return node.peers().stream().filter(p -> p.state() == PeerState.CONNECTED).findFirst()
                .flatMap(p -> p.connectedSince()).map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }

    @Test
    void aNodeThatDialsItselfMarksTheAddressAsSelf() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            a.p2p.addPeer(a.address()).join();
            await().atMost(WAIT).untilAsserted(() -> assertThat(a.peers()).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PeerState.SELF)));
            assertThat(a.counter("rantai.p2p.refused", "reason", "duplicate-key")).isZero();
        }
    }

    @Test
    void twoNodesRestoredFromOneDataDirectoryBothSayWhatIsWrong() throws IOException {
        Path original = dir.resolve("original");
        NodeKey.loadOrCreate(original);
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(original.resolve(NodeKey.FILE_NAME), copy.resolve(NodeKey.FILE_NAME));
        try (LogCapture log = LogCapture.of("dev.rantai.p2p");
                TestNode a = TestNode.start(original, 8);
                TestNode b = TestNode.start(copy, 8, a.address())) {
            await().atMost(WAIT).until(() -> a.counter("rantai.p2p.refused", "reason", "duplicate-key") >= 1
                    && b.counter("rantai.p2p.refused", "reason", "duplicate-key") >= 1);
            assertThat(b.peers()).singleElement().satisfies(p -> assertThat(p.state()).isNotEqualTo(PeerState.SELF));
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("Another node uses this node's key")
                    .contains("data directory was copied"));
        }
    }

    @Test
    void theKeyIsCreatedOwnerOnlyKeptAcrossRestartsAndReplacesTheOldRandomId() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(NodeKey.LEGACY_ID_FILE), "0123456789abcdef0123456789abcdef\n");
        NodeKey first = NodeKey.loadOrCreate(data);
        assertThat(first.nodeId()).matches("[0-9a-f]{32}").isNotEqualTo("0123456789abcdef0123456789abcdef")
                .isEqualTo(NodeKey.nodeIdOf(first.publicKeyHex()));
        assertThat(data.resolve(NodeKey.LEGACY_ID_FILE)).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(NodeKey.FILE_NAME))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(data.resolve(NodeKey.FILE_NAME))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(NodeKey.loadOrCreate(data).nodeId()).isEqualTo(first.nodeId());

        Files.writeString(data.resolve(NodeKey.FILE_NAME), "not a key");
        assertThatThrownBy(() -> NodeKey.loadOrCreate(data)).hasMessageContaining("does not hold an Ed25519 private key")
                .hasMessageContaining("delete it");
    }

    /**
     * The worked example of docs/protocol.md, recomputed: fixed seeds and nonces give the same keys,
     * ids, transcript and signatures as the document shows (Ed25519 is deterministic).
     */
    @Test
    void theWorkedExampleOfTheProtocolDocumentHolds() throws Exception {
        String doc = Files.readString(Path.of("docs/protocol.md"), StandardCharsets.UTF_8);
        NodeKey dialer = NodeKey.fromSeed(HEX.parseHex("01".repeat(32)));
        NodeKey listener = NodeKey.fromSeed(HEX.parseHex("02".repeat(32)));
        String dialerHello = example(doc, "dialer hello");
        String listenerHello = example(doc, "listener hello");
        assertThat(dialerHello).contains(dialer.publicKeyHex()).contains(dialer.nodeId());
        assertThat(listenerHello).contains(listener.publicKeyHex()).contains(listener.nodeId());
        String network = RawPeer.CODEC.decode(dialerHello).map(m -> ((Hello) m).network()).orElseThrow();
        byte[] transcript = Transcript.of(true, network, dialerHello.getBytes(StandardCharsets.UTF_8),
                listenerHello.getBytes(StandardCharsets.UTF_8));
        assertThat(example(doc, "dialer transcript")).isEqualTo(HEX.formatHex(transcript));
        Auth dialerAuth = (Auth) RawPeer.CODEC.decode(example(doc, "dialer auth")).orElseThrow();
        assertThat(dialerAuth.signature()).isEqualTo(HEX.formatHex(dialer.sign(transcript)));
        assertThat(dialerAuth.proof()).isEqualTo(new SharedSecret(example(doc, "secret")).proof(transcript));
        byte[] listenerTranscript = Transcript.of(false, network, dialerHello.getBytes(StandardCharsets.UTF_8),
                listenerHello.getBytes(StandardCharsets.UTF_8));
        Auth listenerAuth = (Auth) RawPeer.CODEC.decode(example(doc, "listener auth")).orElseThrow();
        assertThat(listenerAuth.signature()).isEqualTo(HEX.formatHex(listener.sign(listenerTranscript)));
        assertThat(NodeKey.verify(HEX.parseHex(listener.publicKeyHex()), listenerTranscript,
                HEX.parseHex(listenerAuth.signature()))).isTrue();
    }

    /** The text of a line {@code <name>: <value>} in the document's worked example. */
    private static String example(String doc, String name) {
        Matcher m = Pattern.compile("(?m)^    " + Pattern.quote(name) + ": (.+)$").matcher(doc);
        assertThat(m.find()).as("docs/protocol.md has the example line '" + name + "'").isTrue();
        return m.group(1);
    }

    @Test
    void rawPeersOfTheTestsSpeakTheRealHandshake() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8); RawPeer peer = new RawPeer(a.p2p.port())) {
            peer.handshake(a);
            assertThat(peer.readLine()).isEqualTo("{\"type\":\"get_peers\"}");
            await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1);
            assertThat(a.peers()).singleElement().satisfies(p -> assertThat(p.nodeId()).contains(peer.key().nodeId()));
        }
    }
}
