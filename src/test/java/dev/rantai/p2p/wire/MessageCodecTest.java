package dev.rantai.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.rantai.chain.Block;

class MessageCodecTest {
    private static final String H = "00" + "ab".repeat(31);
    private static final String K = "cd".repeat(32);
    private static final String SIG = "ef".repeat(64);
    private static final int MAX_DATA = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MessageCodec codec = new MessageCodec(new WireLimits(1 << 20, MAX_DATA));
    private final Block block = new Block(3, 1732400000123L, "hello", H, 8, 4821, H);

    /** One valid message of every type. */
    private List<Message> samples() {
        return List.of(
                new Hello(2, H, "0123456789abcdef0123456789abcdef", K, H, 3000, 7, H,
                        new BigInteger("123456789012345678901234567890"), "rantai/0.1"),
                new Auth(SIG, H), new Auth(SIG, ""), new Ping(42), new Pong(-1), new BlockAnnounce(block),
                new GetBlocks(List.of(H, H), 500), new Blocks(List.of(block, block)), new Blocks(List.of()),
                new GetPeers(), new Peers(List.of("127.0.0.1:3001", "[::1]:3000", "node-1.rantai:3000")),
                new Bye("shutting down"));
    }

    @Test
    void everyMessageTypeIsReadBackFieldForField() throws WireException {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).as("a sample of every type that Message permits")
                .containsExactlyInAnyOrder(Message.class.getPermittedSubclasses());
        for (Message m : samples()) {
            String line = codec.encode(m);
            assertThat(line).doesNotContain("\n").contains("\"type\":\"" + m.type() + "\"");
            assertThat(codec.decode(line)).as(line).contains(m);
        }
    }

    @Test
    void everyMessageTypeHasAReaderAndAWireName() throws Exception {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> type : Message.class.getPermittedSubclasses()) {
            Field constant = type.getField("TYPE");
            names.add((String) constant.get(null));
        }
        assertThat(MessageCodec.types()).isEqualTo(names);
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
        assertThatThrownBy(() -> codec.decode("\u0000\u0001 garbage")).isInstanceOf(WireException.class);
    }

    @Test
    void rejectsJsonThatIsNotExactlyOneObject() {
        assertThatThrownBy(() -> codec.decode("[1,2,3]")).isInstanceOf(WireException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> codec.decode("42")).isInstanceOf(WireException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":1}{\"type\":\"ping\",\"nonce\":2}"))
                .as("a second object on the line").isInstanceOf(WireException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":1} x")).isInstanceOf(WireException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":1,\"nonce\":2}")).as("a duplicate key")
                .isInstanceOf(WireException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":1,\"x\":" + "[".repeat(20) + "]".repeat(20)
                + "}")).as("nested too deep").isInstanceOf(WireException.class);
    }

    @Test
    void aHugeNumberIsRefusedByItsLengthBeforeItIsConverted() {
        // About 1 MB of digits: a conversion to BigInteger would take seconds (it is quadratic). Both are
        // refused by their length, which the messages name, so nothing was converted.
        String digits = "9".repeat(1_000_000);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ping\",\"nonce\":" + digits + "}"))
                .isInstanceOf(WireException.class).hasMessageContaining("Number value length")
                .hasMessageContaining("exceeds the maximum allowed (" + MessageCodec.MAX_NUMBER_CHARS);
        assertThatThrownBy(() -> codec.decode(helloWith("work", JSON.getNodeFactory().textNode(digits))))
                .isInstanceOf(WireException.class).hasMessageContaining("work must be at most 100 characters");
    }

    /** The height read off a block line's first bytes is the block's, and only this codec's own form has one. */
    @Test
    void aBlockLinesHeightIsReadOffItsFirstBytesOnlyInTheFormThisCodecWrites() {
        for (long index : new long[] { 0, 7, 1234567, Long.MAX_VALUE }) {
            byte[] line = codec.line(new BlockAnnounce(new Block(index, 1, "x", H, 8, 1, H)));
            assertThat(MessageCodec.blockIndex(line, line.length - 1)).isEqualTo(index);
        }
        String start = "{\"type\":\"block\",\"block\":{\"index\":";
        for (String other : List.of(start + "9223372036854775808,", start + "99999999999999999999,", start + "07,",
                start + "-1,", start + "1.5,", start + "1e3,", start + "12", start + "12}", start + ",", start + " 1,",
                "{\"type\":\"block\", \"block\":{\"index\":1,", "{\"block\":{\"index\":1,\"type\":\"block\"",
                "{\"type\":\"blocks\",\"block\":{\"index\":1,",
                "{\"type\":\"block\",\"block\":{\"timestamp\":1,\"index\":1,")) {
            byte[] line = other.getBytes(StandardCharsets.UTF_8);
            assertThat(MessageCodec.blockIndex(line, line.length)).as(other).isEqualTo(-1);
        }
        byte[] cut = (start + "12,").getBytes(StandardCharsets.UTF_8);
        assertThat(MessageCodec.blockIndex(cut, cut.length - 1)).as("the comma past the length").isEqualTo(-1);
    }

    /**
     * What a line not read is charged is never more than its block's data as the budget counts it, for
     * text of one to four bytes a character and escaped characters; and its claimed hash is the block's.
     */
    @Test
    void anUnreadBlockLineIsChargedNoMoreThanItsDataAndNamesItsClaimedHash() {
        Block longest = new Block(Long.MAX_VALUE, Long.MAX_VALUE, "x", H, BlockJson.MAX_DIFFICULTY, Long.MIN_VALUE, H);
        assertThat(codec.line(new BlockAnnounce(longest)).length - 2).as("every field but the data at its longest")
                .isEqualTo(MessageCodec.NON_DATA_CHARS);
        for (String unit : List.of("a", "\u00e9", "\u4e2d", "\ud83d\ude00", "\u0001", "\"", "\\", "\n")) {
            for (int n : new int[] { 1, 1023, 1024, 3000, 60_000 }) {
                String data = unit.repeat(n);
                Block block = new Block(5, 1, data, H, 8, 7, "0f" + "ab".repeat(31));
                byte[] line = codec.line(new BlockAnnounce(block));
                int kib = MessageCodec.unreadBlockKib(line, line.length - 1);
                assertThat(kib).as(n + " of U+" + Integer.toHexString(unit.codePointAt(0))).isBetween(1,
                        1 + data.length() / 1024);
                assertThat(MessageCodec.blockClaimedHash(line, line.length - 1)).isEqualTo(block.hash());
            }
        }
        byte[] other = "{\"type\":\"block\",\"block\":{\"hash\":\"x\",\"index\":5}}".getBytes(StandardCharsets.UTF_8);
        assertThat(MessageCodec.blockClaimedHash(other, other.length)).isNull();
        byte[] upper = codec.line(new BlockAnnounce(new Block(5, 1, "d", H, 8, 7, H)));
        String shouted = new String(upper, StandardCharsets.UTF_8).replace(H + "\"}}", H.toUpperCase() + "\"}}");
        byte[] up = shouted.getBytes(StandardCharsets.UTF_8);
        assertThat(MessageCodec.blockClaimedHash(up, up.length - 1)).as("not a hash of this protocol").isNull();
    }

    @Test
    void textIsStrictUtf8() throws Exception {
        String good = "{\"type\":\"bye\",\"reason\":\"caf\u00e9 \u2603 \ud83d\ude00\"}";
        assertThat(codec.decode(good)).isPresent();
        // Overlong "." (C0 AE), a surrogate (ED A0 80), above U+10FFFF (F4 90 80 80), a lone continuation
        // byte, and a truncated sequence, each inside otherwise valid JSON.
        for (byte[] bad : List.of(new byte[] { (byte) 0xC0, (byte) 0xAE }, new byte[] { (byte) 0xED, (byte) 0xA0,
                (byte) 0x80 }, new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
                new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x98 },
                new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0xAE })) {
            byte[] line = concat("{\"type\":\"block\",\"block\":{\"index\":1,\"timestamp\":1,\"data\":\"a",
                    bad, "b\",\"previousHash\":\"" + H + "\",\"difficulty\":8,\"nonce\":1,\"hash\":\"" + H + "\"}}");
            assertThatThrownBy(() -> codec.parse(line, line.length)).as(Arrays.toString(bad))
                    .isInstanceOf(WireException.class).hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void rejectsLinesLongerThanTheFrameLimit() {
        MessageCodec small = new MessageCodec(new WireLimits(4096, 100));
        String big = "{\"type\":\"bye\",\"reason\":\"" + "x".repeat(5000) + "\"}";
        assertThatThrownBy(() -> small.decode(big)).hasMessageContaining("longer than 4096");
    }

    /**
     * Every field of every message, with values out of its bounds: each one is refused, naming the
     * field. A type missing from the table fails the first assertion.
     */
    @Test
    void everyFieldOfEveryMessageRefusesValuesOutOfItsBounds() throws Exception {
        Map<String, Map<String, List<Object>>> bad = new LinkedHashMap<>();
        List<Object> hash = List.of(H.substring(1), H + "0", H.toUpperCase(), "zz" + H.substring(2), 5, "");
        bad.put(Hello.TYPE, fields("version", List.of(0, 65536, "2", 1.5, -1), "network", hash, "nodeId",
                List.of("0123", "0123456789ABCDEF0123456789ABCDEF", "x".repeat(1000), "\u200f", ""), "key",
                List.of(K + "0", K.substring(2), 7), "nonce", hash, "listenPort", List.of(-1, 65536, "3000"),
                "height", List.of(-1, "1", new BigInteger("18446744073709551616"), 1.5), "tip", hash, "work",
                List.of("", "01", "-1", "1e5", "9".repeat(101), 5, " 1"), "agent",
                List.of("a".repeat(65), "\u0001", "caf\u00e9", 5)));
        bad.put(Auth.TYPE, fields("signature", List.of(SIG.substring(1), SIG.toUpperCase(), 1, ""), "proof",
                List.of(H.substring(1), "x", 5)));
        bad.put(Ping.TYPE, fields("nonce", List.of("1", 1.5, new BigInteger("9223372036854775808"))));
        bad.put(Pong.TYPE, fields("nonce", List.of("1", 1.5, new BigInteger("-9223372036854775809"))));
        bad.put(BlockAnnounce.TYPE, fields("block", List.of(1, "block", List.of()), "block.index", List.of(-1, "1"),
                "block.timestamp", List.of(-1, 1.5), "block.data", List.of("", "x".repeat(MAX_DATA + 1), 5),
                "block.previousHash", hash, "block.difficulty", List.of(-1, 257), "block.nonce", List.of("1", 1e30),
                "block.hash", hash));
        bad.put(GetBlocks.TYPE, fields("locator", List.of(List.of(), Collections.nCopies(129, H), List.of("x"),
                List.of(5), "x"), "limit", List.of(0, -1, 501, "5")));
        bad.put(Blocks.TYPE, fields("blocks", List.of(Collections.nCopies(501, blockJson()), List.of(1), "x"),
                "blocks.0.index", List.of(-1), "blocks.0.hash", hash));
        bad.put(GetPeers.TYPE, Map.of());
        bad.put(Peers.TYPE, fields("addresses", List.of(Collections.nCopies(1001, "127.0.0.1:1"), List.of("nohost"),
                List.of("a b:1"), List.of("<script>:1"), List.of("x".repeat(300) + ":1"), List.of("[a\r\nX: y]:3999"),
                List.of("1.2.3.999:1"), List.of("host:0"), List.of("host:65536"), List.of(5), "x")));
        bad.put(Bye.TYPE, fields("reason", List.of("x".repeat(257), "\u0000", "a\nb", 5)));
        assertThat(bad.keySet()).isEqualTo(MessageCodec.types());

        SoftAssertions soft = new SoftAssertions();
        for (Message sample : samples()) {
            Map<String, List<Object>> table = bad.get(sample.type());
            for (Map.Entry<String, List<Object>> field : table.entrySet()) {
                for (Object value : field.getValue()) {
                    ObjectNode node = (ObjectNode) JSON.readTree(codec.encode(sample));
                    if (!set(node, field.getKey(), JSON.valueToTree(value))) {
                        continue; // e.g. the proof of an Auth without one, or an empty blocks list
                    }
                    String leaf = field.getKey().substring(field.getKey().lastIndexOf('.') + 1);
                    soft.assertThatThrownBy(() -> codec.decode(node)).as(sample.type() + "." + field.getKey() + " = "
                            + Excerpt.of(String.valueOf(value))).isInstanceOf(WireException.class)
                            .hasMessageContaining(leaf.matches("\\d+") ? sample.type() : leaf);
                    // as a line too, which reads a blocks answer straight off the parser
                    soft.assertThatThrownBy(() -> codec.decode(node.toString())).as(sample.type() + "."
                            + field.getKey() + " = " + Excerpt.of(String.valueOf(value)) + ", as a line")
                            .isInstanceOf(WireException.class)
                            .hasMessageContaining(leaf.matches("\\d+") ? sample.type() : leaf);
                }
                if (!field.getKey().equals("proof") && !field.getKey().equals("reason")) {
                    ObjectNode node = (ObjectNode) JSON.readTree(codec.encode(sample));
                    if (remove(node, field.getKey())) {
                        soft.assertThatThrownBy(() -> codec.decode(node)).as(sample.type() + "." + field.getKey()
                                + " missing").isInstanceOf(WireException.class);
                        soft.assertThatThrownBy(() -> codec.decode(node.toString())).as(sample.type() + "."
                                + field.getKey() + " missing, as a line").isInstanceOf(WireException.class);
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void aBlocksAnswerStopsBeforeTheBlockThatWouldNotFitButHoldsAtLeastOne() throws WireException {
        Block big = new Block(1, 1, "\u0001".repeat(MAX_DATA), H, 8, 1, H);
        int oneLine = codec.blocksLine(List.of(big), Integer.MAX_VALUE).line().length;
        assertThat(oneLine).isLessThanOrEqualTo((int) WireLimits.worstBlockLineBytes(MAX_DATA));
        MessageCodec.BlocksLine two = codec.blocksLine(List.of(big, big, big, big), 2 * oneLine);
        assertThat(two.count()).isEqualTo(2);
        assertThat(two.line().length).isLessThanOrEqualTo(2 * oneLine);
        assertThat(codec.decode(new String(two.line(), 0, two.line().length - 1, StandardCharsets.UTF_8)))
                .contains(new Blocks(List.of(big, big)));
        assertThat(codec.blocksLine(List.of(big), 10).count()).as("always one").isEqualTo(1);
        assertThat(codec.blocksLine(List.of(), 10).line()).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"type\":\"blocks\",\"blocks\":[]}\n");
    }

    /**
     * A blocks answer that starts with its type is read off the parser, any other form as a tree: both
     * give the same message, and refuse the same lines.
     */
    @Test
    void aBlocksLineReadStreamedKeepsEveryCheckOfTheTree() throws Exception {
        String b = codec.encode(new BlockAnnounce(block));
        String one = b.substring(b.indexOf("\"block\":") + 8, b.length() - 1);
        String extra = one.replace("{\"index\"", "{\"note\":{\"x\":[1,\"y\"]},\"index\"");
        Blocks two = new Blocks(List.of(block, block));
        assertThat(codec.decode("{\"type\":\"blocks\",\"blocks\":[" + one + "," + one + "]}")).contains(two);
        assertThat(codec.decode("{\"type\":\"blocks\",\"v\":2,\"blocks\":[" + extra + "," + one + "],\"w\":null}"))
                .as("fields of a newer peer are skipped").contains(two);
        assertThat(codec.decode("{\"blocks\":[" + one + "," + one + "],\"type\":\"blocks\"}")).as("as a tree")
                .contains(two);
        assertThat(codec.decode("{\"type\":\"blocks\",\"blocks\":[]} ")).contains(new Blocks(List.of()));

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"type\":\"blocks\",\"type\":\"ping\",\"blocks\":[]}", "Duplicate field 'type'");
        refused.put("{\"type\":\"blocks\",\"blocks\":[],\"blocks\":[]}", "Duplicate field 'blocks'");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"nonce\"", "\"index\":1,\"nonce\"") + "]}",
                "Duplicate field 'index'");
        refused.put(
                "{\"type\":\"blocks\",\"blocks\":[" + one + "," + one.replace("\"nonce\":4821", "\"nonce\":null,\"nonce\":4821")
                        + "]}",
                "Duplicate field 'nonce'");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one + "," + extra.replace("\"index\"", "\"note\":2,\"index\"") + "]}",
                "Duplicate field 'note'");
        refused.put(
                "{\"type\":\"blocks\",\"blocks\":[" + one + ","
                        + extra.replace("\"x\":[1,", "\"y\":0,\"x\":[{\"z\":1,\"z\":2},") + "]}",
                "Duplicate field 'z'");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one + "],\"v\":{\"a\":1,\"a\":2}}", "Duplicate field 'a'");
        refused.put("{\"type\":\"blocks\",\"blocks\":[]}{\"type\":\"ping\",\"nonce\":1}", "nothing after it");
        refused.put("{\"type\":\"blocks\",\"blocks\":[]} x", "not JSON");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one + "", "not JSON");
        refused.put("{\"type\":\"blocks\",\"blocks\":null}", "blocks.blocks is missing");
        refused.put("{\"type\":\"blocks\",\"x\":1}", "blocks.blocks is missing");
        refused.put("{\"type\":\"blocks\",\"blocks\":{}}", "blocks.blocks must be an array");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one + ",7]}", "blocks.blocks[1] must be an object");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + String.join(",", Collections.nCopies(501, one)) + "]}",
                "at most 500 items");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"nonce\":4821", "\"nonce\":null") + "]}",
                "blocks.blocks[0].nonce is missing");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"nonce\":4821", "\"nonce\":1.0") + "]}",
                "blocks.blocks[0].nonce must be an integer of 64 bits");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"nonce\":4821", "\"nonce\":9223372036854775808")
                + "]}", "blocks.blocks[0].nonce must be an integer of 64 bits");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"index\":3", "\"index\":\"3\"") + "]}",
                "blocks.blocks[0].index must be an integer");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"hello\"", "[\"hello\"]") + "]}",
                "blocks.blocks[0].data must be a string");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + one.replace("\"hello\"", "\"" + "x".repeat(MAX_DATA + 1) + "\"")
                + "]}", "blocks.blocks[0].data must be at most " + MAX_DATA + " characters");
        refused.put("{\"type\":\"blocks\",\"blocks\":[" + extra.replace("[1,", "[[[[[[[[1]]]]]]],") + "]}",
                "nesting depth");
        for (Map.Entry<String, String> line : refused.entrySet()) {
            assertThatThrownBy(() -> codec.decode(line.getKey())).as(Excerpt.of(line.getKey(), 200))
                    .isInstanceOf(WireException.class).hasMessageContaining(line.getValue());
        }
    }

    @Test
    void aFrameLimitMustHoldTheLargestBlockInItsWorstEscaping() {
        assertThat(new WireLimits(1 << 20, 65536).holdsAnyBlock()).isTrue();
        assertThat(new WireLimits(1 << 20, 262_144).holdsAnyBlock()).isFalse();
        assertThat(new WireLimits((int) WireLimits.worstBlockLineBytes(262_144), 262_144).holdsAnyBlock()).isTrue();
    }

    private ObjectNode blockJson() throws Exception {
        return (ObjectNode) JSON.readTree(codec.encode(new BlockAnnounce(block))).get("block");
    }

    private String helloWith(String field, JsonNode value) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(codec.encode(samples().get(0)));
        node.set(field, value);
        return node.toString();
    }

    private static Map<String, List<Object>> fields(Object... pairs) {
        Map<String, List<Object>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) pairs[i + 1];
            map.put((String) pairs[i], values);
        }
        return map;
    }

    /** Sets a field given as a dotted path ({@code block.index}, {@code blocks.0.hash}); false if the path is absent. */
    private static boolean set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].matches("\\d+") ? parent.path(Integer.parseInt(parts[i])) : parent.path(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode object && (object.has(last) || parts.length == 1 && !last.equals("proof"))) {
            object.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode array && last.matches("\\d+") && array.size() > Integer.parseInt(last)) {
            array.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    private static boolean remove(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].matches("\\d+") ? parent.path(Integer.parseInt(parts[i])) : parent.path(parts[i]);
        }
        return parent instanceof ObjectNode object && object.remove(parts[parts.length - 1]) != null;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
