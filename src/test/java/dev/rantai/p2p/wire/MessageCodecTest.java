package dev.rantai.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;

class MessageCodecTest {
    private static final String H = "00" + "ab".repeat(31);
    private final MessageCodec codec = new MessageCodec(new ObjectMapper(), 4096);
    private final Block block = new Block(3, 1732400000123L, "hello", H, 8, 4821, H);

    @Test
    void everyMessageSurvivesEncodeAndDecode() throws WireException {
        List<Message> messages = List.of(
                new Hello(1, H, "n1", 3000, 7, H, new BigInteger("123456789012345678901234567890"), "rantai/0.1"),
                new Ping(42), new Pong(-1), new BlockAnnounce(block), new GetBlocks(List.of(H, H), 500),
                new Blocks(List.of(block, block)), new Blocks(List.of()), new GetPeers(),
                new Peers(List.of("127.0.0.1:3001")), new Bye("shutting down"));
        for (Message m : messages) {
            String line = codec.encode(m);
            assertThat(line).doesNotContain("\n").contains("\"type\":\"" + m.type() + "\"");
            assertThat(codec.decode(line)).contains(m);
        }
    }

    @Test
    void decodesTheDocumentedExampleLines() throws WireException {
        assertThat(codec.decode("{\"type\":\"ping\",\"nonce\":7}")).contains(new Ping(7));
        assertThat(codec.decode("{\"type\":\"get_peers\"}")).contains(new GetPeers());
        assertThat(codec.decode("{\"type\":\"bye\",\"reason\":\"bye\",\"extra\":true}")).contains(new Bye("bye"));
    }

    @Test
    void unknownTypeDecodesToEmptySoNewerPeersCanTalk() throws WireException {
        assertThat(codec.decode("{\"type\":\"inventory\",\"items\":[1,2]}")).isEmpty();
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",")).isInstanceOf(WireException.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.decode("\u0000\u0001\u00ff garbage")).isInstanceOf(WireException.class);
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> codec.decode("[1,2,3]")).isInstanceOf(WireException.class)
                .hasMessageContaining("object");
        assertThatThrownBy(() -> codec.decode("42")).isInstanceOf(WireException.class);
    }

    @Test
    void rejectsMissingOrMistypedFields() {
        assertThatThrownBy(() -> codec.decode("{\"nonce\":1}")).hasMessageContaining("'type'");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\"}")).hasMessageContaining("'nonce'");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":\"x\"}")).hasMessageContaining("integer");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"block\",\"block\":{\"index\":1}}"))
                .hasMessageContaining("'timestamp'");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"hello\",\"version\":1,\"network\":\"n\",\"nodeId\":\"x\","
                + "\"listenPort\":70000,\"height\":0,\"tip\":\"t\",\"work\":\"1\"}")).hasMessageContaining("listenPort");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"hello\",\"version\":1,\"network\":\"n\",\"nodeId\":\"x\","
                + "\"listenPort\":1,\"height\":0,\"tip\":\"t\",\"work\":\"lots\"}")).hasMessageContaining("work");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"get_blocks\",\"locator\":[],\"limit\":5}"))
                .hasMessageContaining("locator");
    }

    @Test
    void rejectsLinesLongerThanTheFrameLimit() {
        String big = "{\"type\":\"bye\",\"reason\":\"" + "x".repeat(5000) + "\"}";
        assertThatThrownBy(() -> codec.decode(big)).hasMessageContaining("longer than 4096");
    }

    @Test
    void rejectsMoreThanFiveHundredBlocks() {
        String line = codec.encode(new Blocks(List.of(block)));
        String one = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
        String many = line.replace("[" + one + "]", "[" + String.join(",", Collections.nCopies(501, one)) + "]");
        MessageCodec roomy = new MessageCodec(new ObjectMapper(), 1 << 20);
        assertThatThrownBy(() -> roomy.decode(many)).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> new Blocks(Collections.nCopies(501, block)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
