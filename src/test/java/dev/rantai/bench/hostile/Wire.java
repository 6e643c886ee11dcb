package dev.rantai.bench.hostile;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.rantai.chain.Block;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.handshake.Transcript;

/**
 * The lines of the P2P protocol (docs/protocol.md) as plain JSON, built here rather than with the node's
 * own message records: those check their fields, and an attacker must be able to send what they refuse.
 */
final class Wire {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENT = "rantai-hostile-bench";

    private Wire() {
    }

    /** Keys of the node ids this attacker made, so its hellos can prove them. */
    private static final Map<String, NodeKey> KEYS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A node id nobody else has: derived from a new key this attacker holds (docs/protocol.md, Identity). */
    static String randomNodeId() {
        NodeKey key = NodeKey.generate();
        KEYS.put(key.nodeId(), key);
        return key.nodeId();
    }

    /** 64 random hex digits: a hash no node has. */
    static String randomHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    /** A hello and the key that signs its handshake. */
    static final class KeyedHello extends ObjectNode {
        private static final long serialVersionUID = 1L;
        final transient NodeKey key;

        KeyedHello(NodeKey key) {
            super(JSON.getNodeFactory());
            this.key = key;
        }
    }

    /**
     * A hello of protocol version 2; {@code work} is a string so a caller can make it anything (1 MB of
     * digits, say). A node id this attacker made comes with its key; any other id (an honest node's, say)
     * is claimed with a key of the attacker's, which cannot prove it.
     */
    static ObjectNode hello(String network, String nodeId, int listenPort, long height, String tip, String work) {
        NodeKey key = KEYS.getOrDefault(nodeId, NodeKey.generate());
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        ObjectNode hello = new KeyedHello(key);
        hello.put("type", "hello");
        hello.put("version", 2);
        hello.put("network", network);
        hello.put("nodeId", nodeId);
        hello.put("key", key.publicKeyHex());
        hello.put("nonce", HexFormat.of().formatHex(nonce));
        hello.put("listenPort", listenPort);
        hello.put("height", height);
        hello.put("tip", tip);
        hello.put("work", work);
        hello.put("agent", AGENT);
        return hello;
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

    /**
     * The auth of the hello's key over the transcript of the two hellos as they crossed the wire
     * ({@code signerDialed}: the attacker opened the connection).
     */
    static ObjectNode auth(ObjectNode hello, boolean signerDialed, String ownLine, String theirLine) {
        NodeKey key = ((KeyedHello) hello).key;
        byte[] own = ownLine.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] theirs = theirLine.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] transcript = Transcript.of(signerDialed, hello.path("network").asText(), signerDialed ? own : theirs,
                signerDialed ? theirs : own);
        ObjectNode auth = message("auth");
        auth.put("signature", HexFormat.of().formatHex(key.sign(transcript)));
        return auth;
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
