package dev.rantai.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;

/**
 * A blocks answer read off the parser refuses and accepts exactly what the tree reader does, duplicate names at every depth
 * included.
 */
class StreamedBlocksTest {
    private static final String H = "00" + "ab".repeat(31);
    private final MessageCodec codec = new MessageCodec(new WireLimits(1 << 20, 1000));
    private final Block block = new Block(3, 1732400000123L, "hello", H, 8, 4821, H);

    private String one() {
        String b = codec.encode(new BlockAnnounce(block));
        return b.substring(b.indexOf("\"block\":") + 8, b.length() - 1);
    }

    private String with(String unknown) {
        return one().replace("{\"index\"", "{" + unknown + ",\"index\"");
    }

    private static String blocks(String items, String after) {
        return "{\"type\":\"blocks\",\"blocks\":[" + items + "]" + after + "}";
    }

    /** "ok" or the message of the WireException. */
    private String tree(String line) {
        try {
            return "ok " + codec.decode(codec.parse(line)).orElseThrow().toString().length();
        } catch (WireException e) {
            return e.getMessage();
        }
    }

    private String streamed(String line) {
        try {
            return "ok " + codec.decode(line).orElseThrow().toString().length();
        } catch (WireException e) {
            return e.getMessage();
        }
    }

    private void sameAsTree(Map<String, String> lines) {
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : lines.entrySet()) {
            String line = e.getValue();
            assertThat(line).startsWith("{\"type\":\"blocks\",");
            String t = tree(line);
            String s = streamed(line);
            if (!t.equals(s)) {
                differ.add(e.getKey() + ": tree=[" + t + "] streamed=[" + s + "] line=" + line);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void aDuplicateInAnObjectNestedInAMessageFieldAfterTheArrayIsRefused() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("object in object after array", blocks(one(), ",\"v\":{\"w\":{\"a\":1,\"a\":2}}"));
        lines.put("object in array after array", blocks(one(), ",\"v\":[{\"a\":1,\"a\":2}]"));
        lines.put("object in array in array after array", blocks(one() + "," + one(), ",\"v\":[[{\"a\":1,\"a\":2}]]"));
        lines.put("two blocks, object in object after", blocks(one() + "," + one(), ",\"v\":{\"w\":{\"b\":[],\"b\":0}}"));
        sameAsTree(lines);
    }

    @Test
    void duplicatesElsewhereAreRefusedAsByTheTree() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("empty array then nested", blocks("", ",\"v\":{\"w\":{\"a\":1,\"a\":2}}"));
        lines.put("before array nested", "{\"type\":\"blocks\",\"v\":{\"w\":{\"a\":1,\"a\":2}},\"blocks\":[" + one() + "]}");
        lines.put("before array nested, then dup in block 2",
                "{\"type\":\"blocks\",\"v\":{\"w\":{\"x\":{}}},\"blocks\":[" + one() + "," + with("\"n\":{\"a\":1,\"a\":2}")
                        + "]}");
        lines.put("first block unknown nested", blocks(with("\"n\":[{\"a\":1,\"a\":2}]"), ""));
        lines.put("later block unknown depth 2", blocks(one() + "," + with("\"n\":{\"q\":{\"a\":1,\"a\":2}}"), ""));
        lines.put("later block unknown depth 3",
                blocks(with("\"n\":{}") + "," + with("\"n\":{\"x\":[{\"a\":1,\"a\":2}]}"), ""));
        lines.put("later block unknown array of arrays", blocks(one() + "," + with("\"n\":[[[{\"a\":1,\"a\":2}]]]"), ""));
        lines.put("skipped block then nested after array (D4 cached with detector)",
                blocks(with("\"n\":[{}]"), ",\"v\":[[{\"a\":1,\"a\":2}]]"));
        lines.put("dup of a known name in block 3",
                blocks(one() + "," + one() + "," + one().replace("\"hash\"", "\"hash\":null,\"hash\""), ""));
        lines.put("dup of an unknown name in block 1 with null", blocks(with("\"n\":null,\"n\":null"), ""));
        lines.put("escaped duplicate name",
                blocks(one().replace("\"nonce\"", "\"index\":3,\"nonc\\u0065\""), "").replace("\"index\":3,", "\"nonce\":3,"));
        lines.put("dup at message level after", blocks(one(), ",\"v\":1,\"v\":2"));
        lines.put("type dup after array", blocks(one(), ",\"type\":\"blocks\""));
        sameAsTree(lines);
    }

    @Test
    void validLinesAreTakenAsByTheTree() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("same nested names in several places", blocks(with("\"n\":{\"a\":{\"a\":1},\"b\":{\"a\":1}}") + ","
                + with("\"n\":{\"a\":{\"a\":1},\"b\":{\"a\":1}}"),
                ",\"v\":{\"a\":{\"a\":1},\"b\":{\"a\":1}},\"w\":{\"a\":{\"a\":1}}"));
        lines.put("unknown names same as another block's", blocks(with("\"n\":1,\"m\":2") + "," + with("\"n\":1,\"m\":2"), ""));
        lines.put("known names nested in unknown",
                blocks(with("\"n\":{\"index\":1,\"hash\":2}") + "," + with("\"index2\":[{\"index\":1}]"), ""));
        lines.put("array of objects with same names",
                blocks(with("\"n\":[{\"a\":1},{\"a\":1}]") + "," + one(), ",\"v\":[{\"a\":1},{\"a\":1}]"));
        lines.put("empty", blocks("", ",\"v\":{\"a\":{\"a\":1}}"));
        sameAsTree(lines);
    }
}
