package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.rantai.chain.Block;
import dev.rantai.p2p.peer.BanScope;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Ping;

/**
 * The cases of a single hostile line against a node with an honest peer: each is refused while it is
 * decoded, before it costs anything, as a protocol violation (closed and banned), and the node keeps
 * serving the honest peer at once.
 */
class HostileWireTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private TestNode node;
    private TestNode honest;

    @BeforeEach
    void startNodeWithAnHonestPeer() {
        // Bans by address: each attack comes from a new source port, so one test can try several.
        node = TestNode.start(dir.resolve("node"), 8, P2pConfig.loopback(List.of()).withBanScope(BanScope.ADDRESS));
        honest = TestNode.start(dir.resolve("honest"), 8, node.address());
        await().atMost(WAIT).until(() -> node.p2p.status().peers() == 1);
    }

    @AfterEach
    void stop() {
        honest.close();
        node.close();
    }

    private String helloLineWith(RawPeer peer, String field, Object value) throws Exception {
        ObjectNode hello = (ObjectNode) JSON.readTree(RawPeer.CODEC.encode(peer.hello(node)));
        hello.set(field, JSON.valueToTree(value));
        return hello.toString();
    }

    @Test
    void aHelloWithAMegabyteOfWorkDigitsIsBannedAtOnceAndPingsOfOthersDoNotWait() throws Exception {
        try (RawPeer attacker = new RawPeer(node.p2p.port()); RawPeer other = new RawPeer(node.p2p.port())) {
            other.handshake(node);
            attacker.readNodeHello();
            long start = System.nanoTime();
            attacker.sendLine(helloLineWith(attacker, "work", "9".repeat(1_000_000)));
            other.send(new Ping(99));
            assertThat(other.readLineOfType("pong")).contains("99");
            assertThat(attacker.readBye()).contains("banned: malformed line");
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until both were answered").isLessThan(3_000);
        }
        assertThat(node.counter("rantai.p2p.bans", "reason", "malformed")).isEqualTo(1);
        assertStillServesTheHonestPeer();
    }

    @Test
    void nodeIdsOfAnyOtherShapeAreBannedAndLoggedOnlyAsShortEscapedExcerpts() throws Exception {
        List<String> ids = List.of("", "\u202eevil\u202c", "x".repeat(1_000_000), "0123456789ABCDEF0123456789ABCDEF");
        try (LogCapture log = LogCapture.of("dev.rantai")) {
            for (int i = 0; i < ids.size(); i++) {
                try (RawPeer attacker = new RawPeer(node.p2p.port())) {
                    attacker.readNodeHello();
                    attacker.sendLine(helloLineWith(attacker, "nodeId", ids.get(i)));
                    assertThat(attacker.readBye()).contains("banned: malformed line");
                }
            }
            assertThat(log.messages()).allSatisfy(m -> {
                assertThat(m.length()).isLessThan(1000);
                assertThat(m).doesNotContain("\u202e");
            });
            assertThat(log.totalChars()).as("log written for four bad hellos").isLessThan(8_000);
        }
        assertThat(node.counter("rantai.p2p.bans", "reason", "malformed")).isEqualTo(ids.size());
    }

    @Test
    void anOverlongUtf8FormInBlockDataIsMalformedNotStoredAsItsShortForm() {
        Block genesis = node.chain.rules().genesis();
        Block dot = mine(genesis, ".");
        String line = RawPeer.CODEC.encode(new BlockAnnounce(dot));
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        int at = line.indexOf("\"data\":\".\"") + "\"data\":\"".length();
        byte[] overlong = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, overlong, 0, at);
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAE;
        System.arraycopy(utf8, at + 1, overlong, at + 2, utf8.length - at - 1);
        overlong[overlong.length - 1] = '\n';
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.handshake(node);
            attacker.sendRaw(overlong);
            assertThat(attacker.readBye()).contains("banned: malformed line");
        }
        assertThat(node.chain.store().contains(dot.hash())).isFalse();
        assertThat(node.height()).isZero();
        assertStillServesTheHonestPeer();
    }

    @Test
    void aHelloOfTheWrongShapeInAnyFieldIsBanned() throws Exception {
        Object[][] cases = { { "version", 0 }, { "listenPort", 70000 }, { "height", -1 },
                { "tip", "t" }, { "key", "00" }, { "nonce", "" }, { "agent", "a".repeat(65) }, { "work", "-1" } };
        for (Object[] c : cases) {
            try (RawPeer attacker = new RawPeer(node.p2p.port())) {
                attacker.readNodeHello();
                attacker.sendLine(helloLineWith(attacker, (String) c[0], c[1]));
                assertThat(attacker.readBye()).as((String) c[0]).contains("banned: malformed line");
            }
        }
        assertStillServesTheHonestPeer();
    }

    @Test
    void aHelloWhoseNodeIdIsNotItsKeysIsBanned() {
        try (RawPeer attacker = new RawPeer(node.p2p.port())) {
            attacker.readNodeHello();
            Hello own = attacker.hello(node);
            Hello lying = new Hello(own.version(), own.network(), honest.p2p.nodeId(), own.key(), own.nonce(),
                    own.listenPort(), own.height(), own.tip(), own.work(), own.agent());
            attacker.send(lying);
            assertThat(attacker.readBye()).contains("banned: message out of order");
        }
        assertStillServesTheHonestPeer();
    }

    private void assertStillServesTheHonestPeer() {
        long before = honest.height();
        node.mine("after the attack " + before);
        await().atMost(WAIT).until(() -> honest.height() == before + 1);
        assertThat(honest.tipHash()).isEqualTo(node.tipHash());
    }

    private static Block mine(Block parent, String data) {
        return HostilePeersTest.mine(parent, data, Math.max(parent.timestamp(), System.currentTimeMillis()));
    }
}
