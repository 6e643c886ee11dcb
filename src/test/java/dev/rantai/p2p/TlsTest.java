package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.peer.PeerState;

class TlsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path certs;
    private static P2pTls tlsA;
    private static P2pTls tlsB;
    private static P2pTls stranger;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() throws Exception {
        Path a = TestCertificates.create(certs, "node-a");
        Path b = TestCertificates.create(certs, "node-b");
        Path c = TestCertificates.create(certs, "stranger");
        Path trust = TestCertificates.bundle(certs.resolve("network.pem"), a, b);
        tlsA = new P2pTls(a, TestCertificates.key(a), Optional.of(trust));
        tlsB = new P2pTls(b, TestCertificates.key(b), Optional.of(trust));
        stranger = new P2pTls(c, TestCertificates.key(c), Optional.of(c));
    }

    private TestNode node(String name, P2pTls tls, P2pSecurity base, PeerAddress... peers) {
        return TestNode.start(dir.resolve(name), 8, P2pConfig.loopback(List.of(peers)), base.withTls(tls));
    }

    @Test
    void twoTlsNodesWithASecretConnectAndSync() {
        try (TestNode a = node("a", tlsA, P2pSecurity.secret("a shared secret of at least thirty-two characters"));
                TestNode b = node("b", tlsB, P2pSecurity.secret("a shared secret of at least thirty-two characters"),
                        a.address())) {
            await().atMost(WAIT).until(() -> a.connectedPeers() == 1 && b.connectedPeers() == 1);
            a.mine("over tls", 5);
            await().atMost(WAIT).until(() -> b.height() == 5);
            assertThat(b.tipHash()).isEqualTo(a.tipHash());
        }
    }

    @Test
    void plainClientsAndUntrustedCertificatesFailWhileTheNodeKeepsServing() {
        try (TestNode a = node("a", tlsA, P2pSecurity.none());
                TestNode b = node("b", tlsB, P2pSecurity.none(), a.address())) {
            await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1);
            try (RawPeer plain = new RawPeer(a.p2p.port())) {
                // Plain bytes where the TLS handshake is due: the TLS handshake fails, and the node closes.
                plain.send(plain.hello(a));
                assertThat(plain.closedByNode()).isTrue();
            }
            try (TestNode c = TestNode.start(dir.resolve("c"), 8, a.address());
                    TestNode d = node("d", stranger, P2pSecurity.none(), a.address())) {
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(c.peers()).singleElement().satisfies(p -> assertThat(p.state())
                            .isEqualTo(PeerState.BACKING_OFF));
                    assertThat(d.peers()).singleElement().satisfies(p -> assertThat(p.state())
                            .isEqualTo(PeerState.BACKING_OFF));
                });
                assertThat(a.p2p.status().peers()).isEqualTo(1);
            }
            a.mine("still serving");
            await().atMost(WAIT).until(() -> b.height() == 1);
        }
    }

    @Test
    void plainClientsThatNeverStartTlsAreCountedLimitedAndTimedOut() {
        P2pConfig config = P2pConfig.loopback(List.of()).withBanScope(dev.rantai.p2p.peer.BanScope.ADDRESS);
        List<RawPeer> silent = new java.util.ArrayList<>();
        try (TestNode a = TestNode.start(dir.resolve("a"), 8, config, P2pSecurity.none().withTls(tlsA))) {
            for (int i = 0; i < P2pNode.MAX_PENDING_PER_HOST; i++) {
                silent.add(new RawPeer(a.p2p.port()));
            }
            // Refused before its TLS handshake, in plain text, while the others wait for theirs.
            await().atMost(WAIT).untilAsserted(() -> {
                try (RawPeer one = new RawPeer(a.p2p.port())) {
                    assertThat(one.readLine()).contains("too many connections in their handshake");
                }
            });
            assertThat(a.counter("rantai.p2p.refused", "reason", "pending-per-host")).isGreaterThanOrEqualTo(1);
            silent.forEach(p -> assertThat(p.closedByNode()).isTrue());
        } finally {
            silent.forEach(RawPeer::close);
        }
    }
}
