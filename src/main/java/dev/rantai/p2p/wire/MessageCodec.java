package dev.rantai.p2p.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;

/**
 * Messages to and from lines of the wire. Reading is strict and bounded, in this order, each step
 * before the next costs anything: the line's length ({@link WireLimits#maxFrameBytes()}), its UTF-8
 * ({@link Utf8}), one JSON object and nothing after it, without duplicate keys, nested at most
 * {@value #MAX_DEPTH} deep, with numbers of at most {@value #MAX_NUMBER_CHARS} characters; then the
 * {@code type} and each field of the message with the bounds its record gives. A message of an
 * unknown type decodes to empty, so a newer peer can talk to this node. Thread-safe.
 */
public final class MessageCodec {
    static final int MAX_DEPTH = 8;
    static final int MAX_NUMBER_CHARS = 20;
    static final int MAX_TYPE_CHARS = 32;

    @FunctionalInterface
    interface Reader {
        Message read(WireReader fields, WireLimits limits) throws WireException;
    }

    /** How each type is read; {@code MessageCodecTest} checks that every {@link Message} type is here. */
    static final Map<String, Reader> READERS = Map.of(Hello.TYPE, Hello::read, Auth.TYPE, Auth::read, Ping.TYPE,
            Ping::read, Pong.TYPE, Pong::read, BlockAnnounce.TYPE, BlockAnnounce::read, GetBlocks.TYPE, GetBlocks::read,
            Blocks.TYPE, Blocks::read, GetPeers.TYPE, GetPeers::read, Peers.TYPE, Peers::read, Bye.TYPE, Bye::read);

    private final ObjectMapper mapper;
    private final WireLimits limits;

    public MessageCodec(WireLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_CHARS).maxStringLength(limits.maxFrameBytes()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public WireLimits limits() {
        return limits;
    }

    /** The types this codec reads. */
    public static Set<String> types() {
        return READERS.keySet();
    }

    /**
     * The first {@code length} bytes of a line as it came off the socket (without its newline) as one
     * JSON object.
     *
     * @throws WireException if the line is too long, not strict UTF-8 or not exactly one JSON object
     */
    public JsonNode parse(byte[] utf8, int length) throws WireException {
        checkLine(utf8, length);
        JsonNode node;
        try {
            node = mapper.readTree(utf8, 0, length);
        } catch (IOException e) {
            throw notJson(e);
        }
        if (node == null || !node.isObject()) {
            throw new WireException("a message must be a JSON object");
        }
        return node;
    }

    private void checkLine(byte[] utf8, int length) throws WireException {
        if (length > limits.maxFrameBytes()) {
            throw new WireException("line longer than " + limits.maxFrameBytes() + " bytes");
        }
        int bad = Utf8.firstInvalid(utf8, length);
        if (bad >= 0) {
            throw new WireException("not UTF-8: ill-formed byte sequence at offset " + bad + " (0x"
                    + Integer.toHexString(utf8[bad] & 0xFF) + ")");
        }
    }

    private static WireException notJson(IOException e) {
        return new WireException("not JSON: " + Excerpt.of(
                e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage(), 160));
    }

    /** A line given as text, as {@link #parse(byte[], int)} reads its UTF-8 bytes. */
    public JsonNode parse(String line) throws WireException {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        return parse(utf8, utf8.length);
    }

    /** A line given as text, as {@link #decode(byte[], int)} reads its UTF-8 bytes. */
    public Optional<Message> decode(String line) throws WireException {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        return decode(utf8, utf8.length);
    }

    /**
     * The message in the first {@code length} bytes of a line, as {@link #parse(byte[], int)} and then
     * {@link #decode(JsonNode)} read it. A {@code blocks} answer written as this codec writes it (its
     * type first) is read straight off the parser instead, with the same checks: a syncing node reads
     * hundreds of these answers of up to 500 blocks, and a tree of each cost more than storing them.
     */
    public Optional<Message> decode(byte[] utf8, int length) throws WireException {
        checkLine(utf8, length);
        if (!startsWith(utf8, length, BLOCKS_START)) {
            return decode(parse(utf8, length));
        }
        List<Block> blocks = null;
        try (JsonParser p = mapper.getFactory().createParser(utf8, 0, length)) {
            p.nextToken();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                // the type is "blocks", as the line starts; a second type is a duplicate key
                boolean isBlocks = p.currentName().equals("blocks");
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_NULL && isBlocks) {
                    blocks = Blocks.read(p, limits);
                } else if (blocks != null && (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY)) {
                    // Blocks.read turned the parser's duplicate detection off for the contexts at the blocks'
                    // depth, which the parser reuses for what follows: an object or array after the blocks
                    // (never written by this codec) is read with the tree and its detection instead.
                    return decode(parse(utf8, length));
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new WireException("not JSON: a message must be one JSON object and nothing after it");
            }
        } catch (IOException e) {
            throw notJson(e);
        }
        if (blocks == null) {
            throw WireReader.fail(Blocks.TYPE, "blocks", "is missing");
        }
        try {
            return Optional.of(new Blocks(blocks));
        } catch (IllegalArgumentException e) {
            throw new WireException(Blocks.TYPE + ": " + e.getMessage(), e);
        }
    }

    private static final byte[] BLOCKS_START = "{\"type\":\"blocks\",".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] BLOCK_INDEX_START = "{\"type\":\"block\",\"block\":{\"index\":"
            .getBytes(StandardCharsets.US_ASCII);

    /** Digits of the largest index, 2^63-1. */
    private static final int MAX_INDEX_DIGITS = 19;

    /**
     * The height of the block in a {@code block} line written as this codec writes it, its type, the
     * block and its {@code index} first ({@code {"type":"block","block":{"index":N,}), read from those
     * bytes alone; -1 for a line of any other form (which {@link #decode(byte[], int)} then reads). A
     * node drops a block that is an orphan for certain by its height alone (protocol.md, Relay): the
     * rest of such a line costs it nothing but the framing, and is not checked.
     *
     * @return 0..2^63-1 (decimal digits without a leading zero, followed by a comma), or -1
     */
    public static long blockIndex(byte[] utf8, int length) {
        int at = BLOCK_INDEX_START.length;
        if (!startsWith(utf8, length, BLOCK_INDEX_START)) {
            return -1;
        }
        long index = 0;
        int digits = 0;
        for (; at < length && utf8[at] >= '0' && utf8[at] <= '9'; at++, digits++) {
            if (digits == MAX_INDEX_DIGITS || digits == 1 && index == 0) {
                return -1;
            }
            index = index * 10 + (utf8[at] - '0');
        }
        // 19 digits can overflow a long: such a value wraps below zero
        return digits > 0 && at < length && utf8[at] == ',' && index >= 0 ? index : -1;
    }

    private static final byte[] HASH_END = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_DIGITS = 64;

    /**
     * The hash a {@code block} line claims, if the line ends as this codec writes one
     * ({@code ,"hash":"<64 lowercase hex digits>"}}), read from those bytes alone and unchecked, as
     * any claimed hash; {@code null} otherwise.
     */
    public static String blockClaimedHash(byte[] utf8, int length) {
        int start = length - 3 - HASH_DIGITS - HASH_END.length;
        if (start < 0 || utf8[length - 1] != '}' || utf8[length - 2] != '}' || utf8[length - 3] != '"'
                || !Arrays.equals(utf8, start, start + HASH_END.length, HASH_END, 0, HASH_END.length)) {
            return null;
        }
        int from = start + HASH_END.length;
        for (int i = from; i < from + HASH_DIGITS; i++) {
            byte b = utf8[i];
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return null;
            }
        }
        return new String(utf8, from, HASH_DIGITS, StandardCharsets.US_ASCII);
    }

    /**
     * Characters of a {@code block} line besides its data, at most, as this codec writes one: every other
     * field at its longest.
     */
    static final int NON_DATA_CHARS = 298;

    /**
     * What a {@code block} line that is not read holds in data at most, as the budget of unusable blocks
     * counts a block's data ({@code 1 + characters / 1024}, UTF-16 units, protocol.md, Request budgets):
     * the characters the line's JSON text stands for, less {@link #NON_DATA_CHARS}. Counted without a
     * check, by lead bytes (two for a four-byte sequence, a character outside the BMP) and escapes
     * (a backslash, a u and four hex digits one; a backslash and another character one). For a line this codec wrote it is at
     * most its block's count.
     */
    public static int unreadBlockKib(byte[] utf8, int length) {
        long chars = 0;
        for (int i = 0; i < length; i++) {
            int b = utf8[i] & 0xFF;
            if (b == '\\') {
                i += i + 1 < length && utf8[i + 1] == 'u' ? 5 : 1;
                chars++;
            } else if (b >= 0xF0) {
                chars += 2;
            } else if ((b & 0xC0) != 0x80) {
                chars++;
            }
        }
        return Math.max(1 + (int) (Math.max(0, chars - NON_DATA_CHARS) / 1024), leastBlockKib(length));
    }

    /**
     * The least data a {@code block} line of {@code lineBytes} bytes holds as the budget of unusable blocks
     * counts it, whatever its form: any JSON text stands for at least one character every six bytes (an
     * escape), and the other fields take at most {@link #NON_DATA_CHARS}. A block is charged at least this,
     * so a line padded with whitespace, or of bytes that stand for no character, costs its sender what
     * its length costs this node to read.
     */
    public static int leastBlockKib(int lineBytes) {
        return 1 + Math.max(0, lineBytes / 6 - NON_DATA_CHARS) / 1024;
    }

    private static boolean startsWith(byte[] line, int length, byte[] start) {
        return length >= start.length && Arrays.equals(line, 0, start.length, start, 0, start.length);
    }

    /** The message in a JSON object, or empty if its type is unknown. */
    public Optional<Message> decode(JsonNode node) throws WireException {
        WireReader fields = new WireReader(node, "message");
        String type = fields.text("type", MAX_TYPE_CHARS, MessageCodec::isTypeName, "a type name of a-z and _");
        Reader reader = READERS.get(type);
        if (reader == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(new WireReader(node, type), limits));
        } catch (IllegalArgumentException e) {
            // a record's own check, for a combination of fields the reader let through
            throw new WireException(type + ": " + e.getMessage(), e);
        }
    }

    private static boolean isTypeName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The message as one JSON line, without the newline. */
    public String encode(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(message, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The message as one line of the wire in UTF-8, newline included. */
    public byte[] line(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(message, out);
        out.write('\n');
        return out.toByteArray();
    }

    /** A {@code blocks} answer as one line, newline included, and how many blocks it holds. */
    public record BlocksLine(byte[] line, int count) {
    }

    /**
     * The longest prefix of {@code blocks} whose {@code blocks} line (newline included) takes at most
     * {@code maxBytes}, but at least one block: the receiver's frame limit, which the configuration
     * makes large enough for any one block ({@link WireLimits#holdsAnyBlock()}).
     */
    public BlocksLine blocksLine(List<Block> blocks, int maxBytes) {
        LineBuffer out = new LineBuffer(Math.min(maxBytes, 64 * 1024));
        out.writeBytes(BLOCKS_OPENING);
        int count = 0;
        // One generator for the whole answer, each block a value at its root without a separator of
        // Jackson's (the commas are written here): flushed after each block to measure it, and a block
        // that does not fit is cut off again.
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (Block block : blocks) {
                int before = out.size();
                if (count > 0) {
                    g.writeRaw(',');
                }
                BlockJson.write(g, block);
                g.flush();
                if (count > 0 && out.size() + CLOSING.length > maxBytes) {
                    out.truncate(before);
                    break;
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a block", e);
        }
        out.writeBytes(CLOSING);
        return new BlocksLine(out.toByteArray(), count);
    }

    private static final byte[] BLOCKS_OPENING = "{\"type\":\"blocks\",\"blocks\":["
            .getBytes(StandardCharsets.US_ASCII);

    /** A byte buffer that can be cut back to an earlier size. */
    private static final class LineBuffer extends ByteArrayOutputStream {
        LineBuffer(int size) {
            super(size);
        }

        void truncate(int size) {
            count = size;
        }
    }

    private static final byte[] CLOSING = "]}\n".getBytes(StandardCharsets.US_ASCII);

    /** Writes the message as one JSON line (without the newline) in UTF-8, streamed. */
    public void write(Message message, OutputStream out) {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", message.type());
            message.writeFields(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a " + message.type() + " message", e);
        }
    }
}
