package dev.rantai.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.p2p.NetworkObservations;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Ping;

class MessageWindowsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger serialised = new AtomicInteger();
    private final ObjectMapper counting = new ObjectMapper() {
        @Override
        public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
            serialised.incrementAndGet();
            return super.writeValueAsBytes(value);
        }
    };
    private final NetworkObservations recorder = new NetworkObservations(now::get);
    private final MessageWindows windows = new MessageWindows(counting, now::get);
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(long after, int limit) throws Exception {
        return json.readTree(windows.after(recorder, after, limit));
    }

    private static List<Long> seqs(JsonNode page) {
        return page.get("messages").findValues("seq").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void everyReaderOfAWindowGetsTheSameMessagesSerialisedOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            recorder.received("p:1", new Ping(i), 20);
        }
        JsonNode first = read(0, 100);
        for (int page = 0; page < 9; page++) {
            assertThat(read(0, 100)).isEqualTo(first);
        }
        assertThat(seqs(first)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(first.get("last").asLong()).isEqualTo(5);
        assertThat(first.get("left").asLong()).isZero();
        assertThat(serialised).hasValue(5);
    }

    @Test
    void aWindowKeepsTheNewestOfEachDirectionAndTypeSoRareMessagesAreNotCrowdedOut() throws Exception {
        recorder.sent("p:1", new GetPeers(), 19);
        for (int i = 0; i < 1_000; i++) {
            recorder.received("p:1", new Ping(i), 20);
        }
        recorder.received("p:2", new Ping(-1), 20);
        JsonNode page = read(0, 500);
        assertThat(page.get("messages").findValuesAsText("type")).containsOnlyOnce("get_peers");
        assertThat(seqs(page)).hasSize(1 + MessageWindows.PER_KIND).startsWith(1L).endsWith(1_002L);
        assertThat(page.get("last").asLong()).isEqualTo(1_002);
        assertThat(page.get("left").asLong()).isEqualTo(1_002 - 1 - MessageWindows.PER_KIND);
        assertThat(serialised).hasValue(1 + MessageWindows.PER_KIND);
    }

    @Test
    void aReaderGetsOnlyWhatIsNewerThanItsLastAnswerOnceTheNextWindowCloses() throws Exception {
        recorder.received("p:1", new Ping(1), 20);
        JsonNode first = read(0, 100);
        recorder.received("p:1", new Ping(2), 20);
        // Within the window: the same answer, the new message waits for the next window.
        assertThat(seqs(read(first.get("last").asLong(), 100))).isEmpty();
        now.addAndGet(MessageWindows.WINDOW_MILLIS);
        JsonNode next = read(first.get("last").asLong(), 100);
        assertThat(seqs(next)).containsExactly(2L);
        assertThat(next.get("left").asLong()).isZero();
    }

    @Test
    void theLimitKeepsTheNewestAndCountsTheRestAsLeft() throws Exception {
        for (int i = 0; i < 3; i++) {
            recorder.received("p:" + i, new Ping(i), 20);
            recorder.sent("p:" + i, new GetPeers(), 19);
        }
        JsonNode page = read(0, 2);
        assertThat(seqs(page)).containsExactly(5L, 6L);
        assertThat(page.get("left").asLong()).isEqualTo(4);
    }

    @Test
    void aNumberBeyondTheNewestIsReadAsFromTheStartAsAfterARestart() throws Exception {
        recorder.received("p:1", new Ping(1), 20);
        JsonNode page = read(1_000_000, 100);
        assertThat(seqs(page)).containsExactly(1L);
        assertThat(page.get("last").asLong()).isEqualTo(1);
    }

    @Test
    void nothingRecordedYetIsAnEmptyAnswer() throws Exception {
        JsonNode page = read(0, 100);
        assertThat(seqs(page)).isEmpty();
        assertThat(page.get("last").asLong()).isZero();
        assertThat(page.get("left").asLong()).isZero();
    }
}
