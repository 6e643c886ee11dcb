package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerState;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.WireException;

class SharedSecretTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "correct horse battery staple";

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
    void aNodeWithAnotherSecretIsRefusedOnBothSidesWithoutABan() {
        try (TestNode a = withSecret("a", SECRET); TestNode b = withSecret("b", "another secret", a.address())) {
            await().atMost(WAIT).until(() -> a.counter("rantai.p2p.refused", "reason", "auth") >= 1
                    && b.counter("rantai.p2p.refused", "reason", "auth") >= 1);
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
            Hello theirs = hello(stranger.readLine());
            assertThat(theirs.nonce()).matches("[0-9a-f]{64}");
            stranger.send(RawPeer.helloFor(a));
            assertThat(stranger.readBye()).contains(
                    "authentication required: this node needs the shared secret (rantai.p2p.secret)");
        }
    }

    @Test
    void aWrongProofIsRefusedWithTheReason() {
        try (TestNode a = withSecret("a", SECRET); RawPeer stranger = new RawPeer(a.p2p.port())) {
            Hello theirs = hello(stranger.readLine());
            Hello mine = RawPeer.helloFor(a).withNonce(SharedSecret.newNonce());
            stranger.send(mine);
            stranger.send(new Auth(new SharedSecret("guess").proof(true, mine.network(), mine.nodeId(), mine.nonce(),
                    theirs.nodeId(), theirs.nonce())));
            assertThat(stranger.readBye()).contains("authentication failed: wrong shared secret");
            assertThat(stranger.closedByNode()).isTrue();
            assertThat(a.counter("rantai.p2p.refused", "reason", "auth")).isEqualTo(1);
        }
    }

    @Test
    void aRecordedProofReplayedInAnotherSessionIsRefused() {
        try (TestNode a = withSecret("a", SECRET)) {
            String helloLine;
            String authLine;
            try (RawPeer honest = new RawPeer(a.p2p.port())) {
                Hello theirs = hello(honest.readLine());
                Hello mine = RawPeer.helloFor(a).withNonce(SharedSecret.newNonce());
                Auth proof = new Auth(new SharedSecret(SECRET).proof(true, mine.network(), mine.nodeId(), mine.nonce(),
                        theirs.nodeId(), theirs.nonce()));
                helloLine = RawPeer.CODEC.encode(mine);
                authLine = RawPeer.CODEC.encode(proof);
                honest.sendLine(helloLine).sendLine(authLine);
                assertThat(readUntilType(honest, GetPeers.TYPE)).as("the honest session is admitted").isNotNull();
                await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1);
            }
            try (RawPeer attacker = new RawPeer(a.p2p.port())) {
                assertThat(attacker.readLine()).contains("\"nonce\"");
                attacker.sendLine(helloLine).sendLine(authLine);
                assertThat(attacker.readBye()).contains("authentication failed: wrong shared secret");
            }
            assertThat(a.counter("rantai.p2p.refused", "reason", "auth")).isEqualTo(1);
        }
    }

    @Test
    void nothingButTheProofIsAcceptedAfterTheHello() {
        try (TestNode a = withSecret("a", SECRET); RawPeer stranger = new RawPeer(a.p2p.port())) {
            stranger.readLine();
            stranger.send(RawPeer.helloFor(a).withNonce(SharedSecret.newNonce())).send(new GetPeers());
            assertThat(stranger.readBye()).contains("banned: message out of order");
            assertThat(a.counter("rantai.p2p.bans", "reason", "protocol")).isEqualTo(1);
        }
    }

    @Test
    void theProofDependsOnEveryFieldAndTheRole() {
        SharedSecret key = new SharedSecret(SECRET);
        String n1 = SharedSecret.newNonce();
        String n2 = SharedSecret.newNonce();
        String proof = key.proof(true, "net", "a", n1, "b", n2);
        assertThat(proof).matches("[0-9a-f]{64}");
        assertThat(key.verify(proof, true, "net", "a", n1, "b", n2)).isTrue();
        assertThat(key.verify(proof, false, "net", "a", n1, "b", n2)).as("role").isFalse();
        assertThat(key.verify(proof, true, "net", "b", n2, "a", n1)).as("reflected").isFalse();
        assertThat(key.verify(proof, true, "net", "a", n1, "b", SharedSecret.newNonce())).as("nonce").isFalse();
        assertThat(key.verify(proof, true, "other", "a", n1, "b", n2)).as("network").isFalse();
        assertThat(new SharedSecret("x").verify(proof, true, "net", "a", n1, "b", n2)).as("secret").isFalse();
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
