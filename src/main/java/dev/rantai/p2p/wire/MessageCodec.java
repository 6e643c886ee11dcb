package dev.rantai.p2p.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;

/**
 * Messages to and from JSON lines. {@link #parse} turns a line into a JSON object,
 * {@link #decode(JsonNode)} into a message; a message of an unknown type decodes to empty, so a
 * newer peer can talk to this node. Thread-safe.
 */
public final class MessageCodec {
    private final ObjectMapper mapper;
    private final int maxFrameBytes;

    public MessageCodec(ObjectMapper mapper, int maxFrameBytes) {
        this.mapper = mapper;
        this.maxFrameBytes = maxFrameBytes;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** A line (without its newline) as a JSON object. */
    public JsonNode parse(String line) throws WireException {
        if (line.length() > maxFrameBytes) {
            throw new WireException("line longer than " + maxFrameBytes + " bytes");
        }
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        return parse(utf8, utf8.length);
    }

    /**
     * The first {@code length} bytes of a line as it came off the socket (UTF-8, without its newline)
     * as a JSON object, with no copy as a string.
     */
    public JsonNode parse(byte[] utf8, int length) throws WireException {
        if (length > maxFrameBytes) {
            throw new WireException("line longer than " + maxFrameBytes + " bytes");
        }
        try {
            return object(mapper.readTree(utf8, 0, length));
        } catch (JsonProcessingException e) {
            throw new WireException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WireException("not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode object(JsonNode node) throws WireException {
        if (node == null || !node.isObject()) {
            throw new WireException("a message must be a JSON object");
        }
        return node;
    }

    public Optional<Message> decode(String line) throws WireException {
        return decode(parse(line));
    }

    /** The message in a JSON object, or empty if its type is unknown. */
    public Optional<Message> decode(JsonNode node) throws WireException {
        String type = text(node, "type");
        try {
            return Optional.ofNullable(switch (type) {
                case Hello.TYPE -> new Hello(integer(node, "version"), text(node, "network"), text(node, "nodeId"),
                        integer(node, "listenPort"), number(node, "height"), text(node, "tip"),
                        work(node), node.path("agent").asText(""), node.path("nonce").asText(""));
                case Auth.TYPE -> new Auth(text(node, "proof"));
                case Ping.TYPE -> new Ping(number(node, "nonce"));
                case Pong.TYPE -> new Pong(number(node, "nonce"));
                case BlockAnnounce.TYPE -> new BlockAnnounce(block(field(node, "block")));
                case GetBlocks.TYPE -> new GetBlocks(texts(node, "locator"), integer(node, "limit"));
                case Blocks.TYPE -> new Blocks(blocks(node));
                case GetPeers.TYPE -> new GetPeers();
                case Peers.TYPE -> new Peers(texts(node, "addresses"));
                case Bye.TYPE -> new Bye(node.path("reason").asText(""));
                default -> null;
            });
        } catch (IllegalArgumentException e) {
            throw new WireException(type + ": " + e.getMessage(), e);
        }
    }

    /** The message as one JSON line, without the newline. */
    public String encode(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(message, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the message as one JSON line (without the newline) in UTF-8, streamed: a {@code blocks}
     * answer of 500 blocks goes out without a tree of 500 objects or a copy as a string.
     */
    public void write(Message message, OutputStream out) {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", message.type());
            if (message instanceof Hello h) {
                g.writeNumberField("version", h.version());
                g.writeStringField("network", h.network());
                g.writeStringField("nodeId", h.nodeId());
                g.writeNumberField("listenPort", h.listenPort());
                g.writeNumberField("height", h.height());
                g.writeStringField("tip", h.tip());
                g.writeStringField("work", h.work().toString());
                g.writeStringField("agent", h.agent());
                if (!h.nonce().isEmpty()) {
                    g.writeStringField("nonce", h.nonce());
                }
            } else if (message instanceof Auth a) {
                g.writeStringField("proof", a.proof());
            } else if (message instanceof Ping p) {
                g.writeNumberField("nonce", p.nonce());
            } else if (message instanceof Pong p) {
                g.writeNumberField("nonce", p.nonce());
            } else if (message instanceof BlockAnnounce b) {
                g.writeFieldName("block");
                writeBlock(g, b.block());
            } else if (message instanceof GetBlocks gb) {
                writeStrings(g, "locator", gb.locator());
                g.writeNumberField("limit", gb.limit());
            } else if (message instanceof Blocks b) {
                g.writeArrayFieldStart("blocks");
                for (Block block : b.blocks()) {
                    writeBlock(g, block);
                }
                g.writeEndArray();
            } else if (message instanceof Peers p) {
                writeStrings(g, "addresses", p.addresses());
            } else if (message instanceof Bye b) {
                g.writeStringField("reason", b.reason());
            }
            // GetPeers: the type says it all.
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a " + message.type() + " message", e);
        }
    }

    private static void writeBlock(JsonGenerator g, Block b) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", b.index());
        g.writeNumberField("timestamp", b.timestamp());
        g.writeStringField("data", b.data());
        g.writeStringField("previousHash", b.previousHash());
        g.writeNumberField("difficulty", b.difficulty());
        g.writeNumberField("nonce", b.nonce());
        g.writeStringField("hash", b.hash());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    public Block block(JsonNode node) throws WireException {
        if (!node.isObject()) {
            throw new WireException("a block must be a JSON object");
        }
        return new Block(number(node, "index"), number(node, "timestamp"), text(node, "data"),
                text(node, "previousHash"), integer(node, "difficulty"), number(node, "nonce"), text(node, "hash"));
    }

    private List<Block> blocks(JsonNode node) throws WireException {
        JsonNode array = array(node, "blocks");
        if (array.size() > Blocks.MAX_BLOCKS) {
            throw new WireException("blocks: at most " + Blocks.MAX_BLOCKS + " blocks per message, had " + array.size());
        }
        List<Block> blocks = new ArrayList<>(array.size());
        for (JsonNode b : array) {
            blocks.add(block(b));
        }
        return blocks;
    }

    private static JsonNode field(JsonNode node, String name) throws WireException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new WireException("missing field '" + name + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String name) throws WireException {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new WireException("field '" + name + "' must be a string");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String name) throws WireException {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new WireException("field '" + name + "' must be an integer");
        }
        return value.asLong();
    }

    private static int integer(JsonNode node, String name) throws WireException {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new WireException("field '" + name + "' must be a 32-bit integer");
        }
        return value.asInt();
    }

    private static BigInteger work(JsonNode node) throws WireException {
        String text = text(node, "work");
        try {
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            throw new WireException("field 'work' must be a decimal integer string", e);
        }
    }

    private static JsonNode array(JsonNode node, String name) throws WireException {
        JsonNode value = field(node, name);
        if (!value.isArray()) {
            throw new WireException("field '" + name + "' must be an array");
        }
        return value;
    }

    private static List<String> texts(JsonNode node, String name) throws WireException {
        JsonNode array = array(node, name);
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                throw new WireException("field '" + name + "' must hold strings only");
            }
            values.add(v.asText());
        }
        return values;
    }
}
