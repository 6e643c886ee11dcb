package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.Hashes;
import dev.rantai.p2p.peer.PeerAddress;

/** The book's chapter-5 nodes, played over plain sockets: one JSON block per connection. */
class BookWireTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ServerSocket bookNode;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private Thread acceptor;

    @BeforeEach
    void startBookNode() throws IOException {
        bookNode = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!bookNode.isClosed()) {
                try (Socket s = bookNode.accept();
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                                StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        received.add(line);
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        }, "book-node");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopBookNode() throws IOException {
        bookNode.close();
    }

    private TestNode startNode() {
        return TestNode.start(dir.resolve("node"), 8, P2pConfig.loopback(List.of())
                .withBookPeers(List.of(new PeerAddress("127.0.0.1", bookNode.getLocalPort()))));
    }

    private static void sendAsBookNode(int port, String line) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Test
    void aBookBlockReceivedIsAppendedAsANewLocalBlock() throws IOException {
        try (TestNode node = startNode()) {
            String prev = Base64.getEncoder().encodeToString(new byte[32]);
            sendAsBookNode(node.p2p.port(), "{\"Index\":3,\"Timestamp\":1729500000,\"Data\":{\"Data\":\"halo dari buku\"},"
                    + "\"PrevHash\":\"" + prev + "\",\"Hash\":\"" + prev + "\"}");
            await().atMost(WAIT).until(() -> node.height() == 1);
            Block block = node.chain.tip().block();
            assertThat(block.data()).isEqualTo("halo dari buku");
            assertThat(node.chain.store().byHash(block.hash()).orElseThrow().source()).isEqualTo(BlockSource.BOOK);
            assertThat(node.counter("rantai.p2p.bans", "reason", "malformed")).isZero();
        }
    }

    @Test
    void everyNewTipIsSentToBookPeersInTheBookFormat() throws Exception {
        try (TestNode node = startNode()) {
            Block mined = node.mine("hello book");
            String line = received.poll(30, TimeUnit.SECONDS);
            assertThat(line).isNotNull();
            JsonNode json = JSON.readTree(line);
            assertThat(json.get("Index").asLong()).isEqualTo(1);
            assertThat(json.get("Timestamp").asLong()).isEqualTo(mined.timestamp() / 1000);
            assertThat(json.at("/Data/Data").asText()).isEqualTo("hello book");
            assertThat(Base64.getDecoder().decode(json.get("Hash").asText())).isEqualTo(Hashes.parseHash(mined.hash()));
            assertThat(Base64.getDecoder().decode(json.get("PrevHash").asText()))
                    .isEqualTo(Hashes.parseHash(mined.previousHash()));
        }
    }

    @Test
    void aBlockFromABookNodeIsNotEchoedBackToIt() throws Exception {
        try (TestNode node = startNode()) {
            sendAsBookNode(node.p2p.port(), "{\"Index\":1,\"Timestamp\":1729500000,\"Data\":{\"Data\":\"from the book\"},"
                    + "\"PrevHash\":null,\"Hash\":\"\"}");
            await().atMost(WAIT).until(() -> node.height() == 1);
            node.mine("typed here");
            String first = received.poll(30, TimeUnit.SECONDS);
            assertThat(first).contains("typed here");
            assertThat(received).noneMatch(l -> l.contains("from the book"));
        }
    }

    @Test
    void aBookLineWithoutDataIsMalformed() throws IOException {
        try (TestNode node = startNode()) {
            sendAsBookNode(node.p2p.port(), "{\"Index\":1,\"Data\":{\"Data\":42}}");
            await().atMost(WAIT).until(() -> node.counter("rantai.p2p.bans", "reason", "malformed") == 1);
            assertThat(node.height()).isZero();
        }
    }
}
