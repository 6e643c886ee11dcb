package dev.rantai.bench.hostile;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.rantai.chain.Block;

/**
 * The lines of the P2P protocol (docs/protocol.md) as plain JSON, built here rather than with the node's
 * own message records: those check their fields, and an attacker must be able to send what they refuse.
 */
final class Wire {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENT = "rantai-hostile-bench";

    private Wire() {
    }

    /** 32 random hex digits: a node id nobody else has. */
    static String randomNodeId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** 64 random hex digits: a hash no node has. */
    static String randomHash() {
        return randomNodeId() + randomNodeId();
    }

    /**
     * The hello of {@code claim} in protocol {@code version} (1, or 2 with {@code identity}'s key unless the
     * claim names another, and {@code nonce}); a claim's {@code work} is a string so it can be anything.
     */
    static String hello(int version, Claim claim, Identity identity, String nonce) {
        ObjectNode hello = JSON.createObjectNode();
        hello.put("type", "hello");
        hello.put("version", version);
        hello.put("network", claim.network());
        if (version >= 2) {
            String key = claim.key() != null ? claim.key() : identity.key();
            hello.put("nodeId", claim.nodeId() != null ? claim.nodeId() : Identity.nodeIdOf(key));
            hello.put("key", key);
            hello.put("nonce", nonce);
        } else {
            hello.put("nodeId", claim.nodeId() != null ? claim.nodeId() : randomNodeId());
        }
        hello.put("listenPort", claim.listenPort());
        hello.put("height", claim.height());
        hello.put("tip", claim.tip());
        hello.put("work", claim.work());
        hello.put("agent", AGENT);
        return line(hello);
    }

    static String auth(String signature) {
        return line(message("auth").put("signature", signature));
    }

    static ObjectNode block(Block b) {
        ObjectNode node = JSON.createObjectNode();
        node.put("index", b.index());
        node.put("timestamp", b.timestamp());
        node.put("data", b.data());
        node.put("previousHash", b.previousHash());
        node.put("difficulty", b.difficulty());
        node.put("nonce", b.nonce());
        node.put("hash", b.hash());
        return node;
    }

    static Block block(JsonNode b) {
        return new Block(b.get("index").asLong(), b.get("timestamp").asLong(), b.get("data").asText(),
                b.get("previousHash").asText(), b.get("difficulty").asInt(), b.get("nonce").asLong(),
                b.get("hash").asText());
    }

    static String announce(Block b) {
        ObjectNode node = message("block");
        node.set("block", block(b));
        return line(node);
    }

    static String blocks(List<Block> blocks) {
        ObjectNode node = message("blocks");
        ArrayNode array = node.putArray("blocks");
        blocks.forEach(b -> array.add(block(b)));
        return line(node);
    }

    static String getBlocks(List<String> locator, int limit) {
        ObjectNode node = message("get_blocks");
        ArrayNode array = node.putArray("locator");
        locator.forEach(array::add);
        node.put("limit", limit);
        return line(node);
    }

    static String peers(List<String> addresses) {
        ObjectNode node = message("peers");
        ArrayNode array = node.putArray("addresses");
        addresses.forEach(array::add);
        return line(node);
    }

    static String ping(long nonce) {
        return line(message("ping").put("nonce", nonce));
    }

    static String pong(long nonce) {
        return line(message("pong").put("nonce", nonce));
    }

    static String getPeers() {
        return line(message("get_peers"));
    }

    static String bye(String reason) {
        return line(message("bye").put("reason", reason));
    }

    /** A block in the book's format (protocol.md, "The book's wire format"), hashes null as the book allows. */
    static String bookBlock(long index, String data) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Index", index);
        node.put("Timestamp", System.currentTimeMillis() / 1000);
        node.putObject("Data").put("Data", data);
        node.putNull("PrevHash");
        node.putNull("Hash");
        return line(node);
    }

    /** Twice the work, as a decimal string: a claim of a better chain. */
    static String moreWork(String work) {
        return new BigInteger(work).shiftLeft(1).toString();
    }

    /**
     * The {@code type} of a line from a node, which writes it first: {@code {"type":"pong",...}}. Cheap enough
     * for floods; anything else is parsed.
     */
    static String type(String line) {
        String prefix = "{\"type\":\"";
        if (line.startsWith(prefix)) {
            int end = line.indexOf('"', prefix.length());
            if (end > 0) {
                return line.substring(prefix.length(), end);
            }
        }
        try {
            return JSON.readTree(line).path("type").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    static String line(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode message(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
