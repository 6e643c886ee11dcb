package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's event hub hears of the chain on the writer, not on the chain's event thread: a listener that holds
 * that thread does not hold back the blocks the open streams show.
 */
@QuarkusTest
class LiveEventsBesideASlowListenerTest {
    @Inject
    ChainService chain;

    @TestHTTPResource("/api/events?events=block")
    URI events;

    @Test
    void aBlockReachesTheStreamsWhileTheChainsEventThreadIsHeld() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChainListener slow = change -> {
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        RawEventStream stream = RawEventStream.open(events);
        chain.addListener(slow);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.text().contains("event: hello"));
            chain.submit("holds the event thread").join();
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            Block block = chain.submit("shown while it is held").join();

            await().atMost(Duration.ofSeconds(10)).until(() -> stream.text().contains(block.hash()));
            assertThat(release.getCount()).isEqualTo(1);
        } finally {
            chain.removeListener(slow);
            release.countDown();
            stream.close();
        }
    }
}
