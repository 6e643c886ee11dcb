package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Ping;
import io.vertx.core.VertxOptions;

/**
 * A long line of a handshaken peer (a block of 60 KB, a sync answer) is parsed off the event loop: the
 * node serves its other peers meanwhile, reads nothing more of that peer until the line is handled,
 * so the peer's messages keep their order, and then handles it as any other.
 */
class LongLineTest {
    private static final int DIFFICULTY = 8;

    @TempDir
    Path dir;

    @Test
    void aLongLineIsParsedOffTheEventLoopAndThePeersMessagesKeepTheirOrder() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer sender = new RawPeer(node.p2p.port());
                RawPeer other = new RawPeer(node.p2p.port())) {
            sender.handshake(node);
            other.handshake(node);
            Block big = TestNode.mineChild(node.chain.tip().block(), "big " + "z".repeat(60_000), DIFFICULTY);
            Block child = TestNode.mineChild(big, "small", DIFFICULTY);
            // Every worker thread of the node's Vert.x busy until released: a line parsed off the loop waits.
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch busy = new CountDownLatch(VertxOptions.DEFAULT_WORKER_POOL_SIZE);
            for (int i = 0; i < VertxOptions.DEFAULT_WORKER_POOL_SIZE; i++) {
                node.vertx.executeBlocking(() -> {
                    busy.countDown();
                    return release.await(60, TimeUnit.SECONDS);
                }, false);
            }
            try {
                assertThat(busy.await(10, TimeUnit.SECONDS)).as("all workers busy").isTrue();
                sender.send(new BlockAnnounce(big)).send(new BlockAnnounce(child)).send(new Ping(4));
                other.send(new Ping(3));
                assertThat(other.readLineOfType("pong")).as("another peer is served meanwhile").contains("3");
                // The sender's ping waits behind its long line, which waits for a worker.
                sender.readTimeoutMillis(1_000);
                assertThatThrownBy(() -> sender.readLineOfType("pong")).as("no pong before the long line is parsed")
                        .isInstanceOf(AssertionError.class);
                assertThat(node.height()).isZero();
            } finally {
                release.countDown();
            }
            sender.readTimeoutMillis(10_000);
            assertThat(sender.readLineOfType("pong")).as("the sender's ping, once its long line is handled").contains("4");
            await().atMost(Duration.ofSeconds(30)).until(() -> node.height() == 2);
            assertThat(node.tipHash()).as("the child, read after its parent").isEqualTo(child.hash());
        }
    }

}
