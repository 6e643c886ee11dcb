package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A reader that stops reading loses events; it never holds up the chain, the network, or other readers. */
@QuarkusTest
class EventStreamBackpressureTest {

    @Inject
    ChainService chain;

    @Inject
    EventHub hub;

    @TestHTTPResource("/api/events")
    URI events;

    @Test
    void aStalledReaderLosesEventsWhileTheChainAndOtherReadersGoOn() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> reader = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines());
        Thread t = new Thread(() -> {
            try {
                reader.body().filter(l -> !l.startsWith("data: {\"type\":\"flood\"")).forEach(seen::add);
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // the stream ends when the test closes it
            }
        });
        t.setDaemon(true);
        t.start();
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(events.getHost(), events.getPort()));
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /api/events HTTP/1.1\r\nHost: " + events.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> hub.openStreams() >= 2);
            long droppedBefore = hub.droppedEvents();

            // Feed events told the way the P2P layer tells them, each call returning at once, window
            // after window (a window carries the newest 20, 400 KB here) until the stalled stream loses some.
            String peer = "p".repeat(20_000);
            List<Duration> rounds = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(EventHub.WINDOW_MILLIS)).until(() -> {
                long started = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    hub.onMessage(new PeerMessage("flood", "in", peer, 20_000, System.currentTimeMillis()));
                }
                rounds.add(Duration.ofNanos(System.nanoTime() - started));
                return hub.droppedEvents() > droppedBefore;
            });
            assertThat(rounds).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(1)));

            Block after = chain.submit("after the flood").get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream().anyMatch(l -> l.contains(after.hash())));
            assertThat(hub.recentMessages()).hasSize(EventHub.FEED_SIZE);
        } finally {
            reader.body().close();
        }
    }
}
