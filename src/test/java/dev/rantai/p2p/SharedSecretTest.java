package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.handshake.SharedSecret;
import dev.rantai.p2p.handshake.Transcript;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.WireException;

class SharedSecretTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "a shared secret of at least thirty-two characters";

    @TempDir
    Path dir;

    private TestNode withSecret(String name, String secret, PeerAddress... peers) {
        return TestNode.start(dir.resolve(name), 8, P2pConfig.loopback(List.of(peers)), P2pSecurity.secret(secret));
    }

    @Test
    void nodesWithTheSameSecretConnectAndSync() {
        try (TestNode a = withSecret("a", SECRET)) {
            a.mine("before", 3);
            try (TestNode b = withSecret("b", SECRET, a.address())) {
                await().atMost(WAIT).until(() -> a.connectedPeers() == 1 && b.connectedPeers() == 1);
                await().atMost(WAIT).until(() -> b.height() == 3);
                b.mine("from b", 2);
                await().atMost(WAIT).until(() -> a.height() == 5);
                assertThat(a.tipHash()).isEqualTo(b.tipHash());
                assertThat(a.counter("rantai.p2p.refused", "reason", "auth")).isZero();
                assertThat(a.counter("rantai.p2p.messages", "direction", "in", "type", "auth")).isEqualTo(1);
            }
        }
    }

    @Test
    void aNodeWithAnotherSecretIsRefusedWithoutABan() {
        try (TestNode a = withSecret("a", SECRET); TestNode b = withSecret("b", "another secret", a.address())) {
            await().atMost(WAIT).until(() -> a.counter("rantai.p2p.refused", "reason", "auth") >= 1
                    && b.counter("rantai.p2p.byes", "reason", "other") >= 1);
            assertThat(a.p2p.status().peers()).isZero();
            assertThat(b.p2p.status().peers()).isZero();
            assertThat(b.peers()).singleElement().satisfies(p -> assertThat(p.state()).isNotEqualTo(PeerState.BANNED));
            assertThat(a.peers()).noneMatch(p -> p.state() == PeerState.BANNED);
        }
    }

    @Test
    void aNodeWithoutASecretIsRefusedWithTheReason() {
        try (TestNode a = withSecret("a", SECRET); TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
            await().atMost(WAIT).until(() -> a.counter("rantai.p2p.refused", "reason", "auth") >= 1
                    && b.counter("rantai.p2p.byes", "reason", "other") >= 1);
            assertThat(a.p2p.status().peers()).isZero();
        }
        try (TestNode a = withSecret("a2", SECRET); RawPeer stranger = new RawPeer(a.p2p.port())) {
            stranger.sendHello(stranger.hello(a));
            stranger.sendAuth(Optional.empty());
            assertThat(stranger.readBye()).contains(
                    "authentication required: this node needs the shared secret (rantai.p2p.secret)");
        }
    }

    @Test
    void aWrongProofIsRefusedWithTheReason() {
        try (TestNode a = withSecret("a", SECRET); RawPeer stranger = new RawPeer(a.p2p.port())) {
            stranger.sendHello(stranger.hello(a));
            stranger.sendAuth(Optional.of(new SharedSecret("guess")));
            assertThat(stranger.readBye()).contains("authentication failed: wrong shared secret");
            assertThat(stranger.closedByNode()).isTrue();
            assertThat(a.counter("rantai.p2p.refused", "reason", "auth")).isEqualTo(1);
        }
    }

    @Test
    void aStrangerWhoDialsGetsNoProofOfTheSecretToGuessAgainst() {
        // The dialer proves first: a node answers only a proof it verified, so what a stranger can
        // record holds nothing derived from the secret.
        try (TestNode a = withSecret("a", SECRET)) {
            for (Optional<SharedSecret> guess : List.of(Optional.<SharedSecret> empty(),
                    Optional.of(new SharedSecret("guess")))) {
                try (RawPeer stranger = new RawPeer(a.p2p.port())) {
                    stranger.sendHello(stranger.hello(a));
                    stranger.sendAuth(guess);
                    List<String> said = new java.util.ArrayList<>();
                    for (String line = stranger.readLine(); line != null; line = stranger.readLine()) {
                        said.add(line);
                    }
                    assertThat(said).isNotEmpty().noneMatch(l -> l.contains("\"type\":\"auth\"")
                            || l.contains("\"proof\""));
                }
            }
        }
    }

    @Test
    void aRecordedAuthReplayedInAnotherSessionIsRefused() {
        try (TestNode a = withSecret("a", SECRET)) {
            byte[] helloLine;
            String authLine;
            NodeKey key = NodeKey.generate();
            try (RawPeer honest = new RawPeer(a.p2p.port(), key)) {
                Hello mine = honest.hello(a);
                helloLine = RawPeer.CODEC.line(mine);
                honest.sendHello(mine);
                Auth auth = honest.auth(Optional.of(new SharedSecret(SECRET)));
                authLine = RawPeer.CODEC.encode(auth);
                honest.send(auth);
                assertThat(readUntilType(honest, GetPeers.TYPE)).as("the honest session is admitted").isNotNull();
                await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1);
            }
            await().atMost(WAIT).until(() -> a.p2p.status().peers() == 0);
            try (RawPeer attacker = new RawPeer(a.p2p.port())) {
                assertThat(attacker.readLine()).contains("\"nonce\"");
                attacker.sendRaw(helloLine).sendLine(authLine);
                assertThat(attacker.readBye()).contains("authentication failed: wrong shared secret");
            }
            assertThat(a.counter("rantai.p2p.refused", "reason", "auth")).isEqualTo(1);
        }
    }

    @Test
    void nothingButTheAuthIsAcceptedAfterTheHello() {
        try (TestNode a = withSecret("a", SECRET); RawPeer stranger = new RawPeer(a.p2p.port())) {
            stranger.sendHello(stranger.hello(a));
            stranger.send(new GetPeers());
            assertThat(stranger.readBye()).contains("banned: message out of order");
            assertThat(a.counter("rantai.p2p.bans", "reason", "protocol")).isEqualTo(1);
        }
    }

    @Test
    void theProofDependsOnEveryFieldOfTheTranscript() {
        SharedSecret key = new SharedSecret(SECRET);
        byte[] dialer = "{\"type\":\"hello\",\"nonce\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] listener = "{\"type\":\"hello\",\"nonce\":\"2\"}".getBytes(StandardCharsets.UTF_8);
        String proof = key.proof(Transcript.of(true, "net", dialer, listener));
        assertThat(proof).matches("[0-9a-f]{64}");
        assertThat(key.verify(proof, Transcript.of(true, "net", dialer, listener))).isTrue();
        assertThat(key.verify(proof, Transcript.of(false, "net", dialer, listener))).as("role").isFalse();
        assertThat(key.verify(proof, Transcript.of(true, "net", listener, dialer))).as("reflected").isFalse();
        assertThat(key.verify(proof, Transcript.of(true, "other", dialer, listener))).as("network").isFalse();
        assertThat(key.verify(proof, Transcript.of(true, "net", dialer, dialer))).as("a hello").isFalse();
        assertThat(new SharedSecret("x").verify(proof, Transcript.of(true, "net", dialer, listener))).as("secret")
                .isFalse();
        assertThat(key.toString()).doesNotContain(SECRET);
    }

    private static Hello hello(String line) {
        try {
            return (Hello) RawPeer.CODEC.decode(line).orElseThrow();
        } catch (WireException e) {
            throw new AssertionError(line, e);
        }
    }

    private static String readUntilType(RawPeer peer, String type) {
        for (String line = peer.readLine(); line != null; line = peer.readLine()) {
            JsonNode node;
            try {
                node = RawPeer.CODEC.parse(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
            if (node.path("type").asText().equals(type)) {
                return line;
            }
        }
        return null;
    }
}
