package dev.rantai.web.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A stream that asks for some events ({@code ?events=}) gets those, hello, and nothing else. */
@QuarkusTest
class EventSelectionTest {
    @Inject
    EventHub hub;

    @TestHTTPResource("/api/events")
    URI events;

    @Test
    void aStreamThatAsksForPeersGetsNoBlocksTipsOrMessages() throws Exception {
        RawEventStream all = RawEventStream.open(events);
        RawEventStream peers = RawEventStream.open(URI.create(events + "?events=peers"));
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> all.text().contains("event: hello")
                    && peers.text().contains("event: hello"));
            StoredBlock parent = stored(2_000_000, "0".repeat(64));
            StoredBlock block = stored(2_000_001, parent.hash());
            hub.onTipChanged(new TipChange(tip(parent), tip(block), List.of(block), List.of()));
            hub.onMessage(new PeerMessage("block", "in", "127.0.0.1:1", 321, System.currentTimeMillis()));
            hub.onPeersChanged();

            // One window carries them all: when the full stream has them, the other's write went out too.
            await().atMost(Duration.ofSeconds(5)).until(() -> all.text().contains(block.hash())
                    && all.text().contains("event: p2p") && all.text().contains("event: peers")
                    && peers.text().contains("event: peers"));
            assertThat(all.text()).contains("event: block", "event: tip");
            assertThat(peers.text()).doesNotContain("event: block", "event: tip", "event: p2p", block.hash());
        } finally {
            all.close();
            peers.close();
        }
    }

    @Test
    void anEventNameThatIsNoEventIsRefusedWithAProblem() {
        given().get("/api/events?events=peers,blocks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-parameter"))
                .body("detail", containsString("\"blocks\" is not an event"));
        given().get("/api/events?events=").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("events is empty"));
    }

    @Test
    void aSelectionGivenTwiceIsRefusedNotHalfRead() {
        given().get("/api/events?events=tip&events=bogus").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("events is given more than once"));
    }

    @Test
    void selectionsAreReadStrictly() {
        assertThat(EventSelection.parse(Optional.empty())).isEqualTo(EventSelection.ALL);
        assertThat(EventSelection.parse(Optional.of("peers,tip")).names()).isEqualTo(Set.of("peers", "tip"));
        assertThatThrownBy(() -> EventSelection.parse(Optional.of(""))).hasMessageContaining("events is empty");
        assertThatThrownBy(() -> EventSelection.parse(Optional.of(" "))).hasMessageContaining("leave the parameter out");
        assertThat(EventSelection.parse(Optional.of("peers")).accepts("hello")).isTrue();
        assertThat(EventSelection.parse(Optional.of("peers")).accepts("resync")).isTrue();
        assertThat(EventSelection.parse(Optional.of("peers")).accepts("block")).isFalse();
        assertThatThrownBy(() -> EventSelection.parse(Optional.of("peers,"))).hasMessageContaining("\"\" is not an event");
        assertThatThrownBy(() -> EventSelection.parse(Optional.of("Peers"))).hasMessageContaining("\"Peers\"");
    }

    private static StoredBlock stored(long height, String previousHash) {
        String hash = String.format("%064x", height);
        Block block = new Block(height, System.currentTimeMillis(), "selected", previousHash, 8, 0, hash);
        return new StoredBlock(block, BigInteger.valueOf(height), BlockSource.PEER, System.currentTimeMillis());
    }

    private static ChainTip tip(StoredBlock b) {
        return new ChainTip(b.block(), b.work());
    }
}
