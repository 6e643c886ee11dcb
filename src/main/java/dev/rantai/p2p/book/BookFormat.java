package dev.rantai.p2p.book;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.rantai.chain.Block;
import dev.rantai.chain.Hashes;
import dev.rantai.p2p.wire.WireException;

/**
 * The block of the book's chapter 5, as Go's {@code json.Encoder} writes it:
 * {@code {"Index":3,"Timestamp":1729500000,"Data":{"Data":"hello"},"PrevHash":"<base64>","Hash":"<base64>"}}.
 * The timestamp is in Unix seconds, the hashes are raw bytes in base64.
 */
public final class BookFormat {
    private final ObjectMapper mapper;

    public BookFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether a first line is a book block rather than a message of this protocol. */
    public static boolean isBookBlock(JsonNode node) {
        return node.isObject() && !node.has("type") && node.has("Index") && node.has("Data");
    }

    /** The data a book block carries ({@code Data.Data}), which the book appends as a new block. */
    public static String data(JsonNode node) throws WireException {
        JsonNode data = node.path("Data").path("Data");
        if (!data.isTextual()) {
            throw new WireException("a book block needs Data.Data as a string");
        }
        return data.asText();
    }

    /** One of this node's blocks as a book block (without the newline). */
    public String encode(Block block) {
        ObjectNode node = mapper.createObjectNode();
        node.put("Index", block.index());
        node.put("Timestamp", Math.floorDiv(block.timestamp(), 1000));
        node.putObject("Data").put("Data", block.data());
        node.put("PrevHash", base64(block.previousHash()));
        node.put("Hash", base64(block.hash()));
        return node.toString();
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(Hashes.parseHash(hex));
    }
}
