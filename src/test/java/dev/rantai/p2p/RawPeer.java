package dev.rantai.p2p;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import dev.rantai.chain.ChainParams;
import dev.rantai.p2p.handshake.Handshake;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.handshake.SharedSecret;
import dev.rantai.p2p.handshake.Transcript;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.WireException;
import dev.rantai.p2p.wire.WireLimits;

/**
 * A hand-driven TCP client on 127.0.0.1, speaking whatever the test makes it say; {@link #handshake}
 * completes the real handshake (as a dialer with a key of its own), so a test can then act as a
 * peer. Lines are read as bytes, so the node's hello can be signed exactly as it crossed the wire.
 */
public final class RawPeer implements AutoCloseable {
    public static final MessageCodec CODEC = new MessageCodec(new WireLimits(1 << 20, ChainParams.defaults(0).maxDataBytes()));
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final NodeKey key;
    private String network;
    private byte[] ownHelloLine;
    private byte[] nodeHelloLine;
    private Hello nodeHello;

    public RawPeer(int port) {
        this(port, NodeKey.generate());
    }

    public RawPeer(int port, NodeKey key) {
        this(port, key, 0);
    }

    /** A client whose socket asks for a receive buffer of {@code receiveBufferBytes} (0: the default). */
    public RawPeer(int port, NodeKey key, int receiveBufferBytes) {
        this.key = key;
        try {
            socket = new Socket();
            if (receiveBufferBytes > 0) {
                socket.setReceiveBufferSize(receiveBufferBytes);
            }
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long a read waits for a line before it fails (0: for ever); 10 s unless set. */
    public RawPeer readTimeoutMillis(int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public NodeKey key() {
        return key;
    }

    /** A hello of this client with a fresh nonce, on the network of {@code node}, claiming only the genesis. */
    public Hello hello(TestNode node) {
        return hello(node.chain.rules().genesis().hash(), 0, node.chain.rules().genesis().hash(), BigInteger.ONE);
    }

    public Hello hello(String network, long height, String tip, BigInteger work) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return new Hello(Handshake.VERSION, network, key.nodeId(), key.publicKeyHex(), HEX.formatHex(nonce), 0, height,
                tip, work, "raw-test");
    }

    /** Completes the handshake with the node (no shared secret); returns the node's hello. */
    public Hello handshake(TestNode node) {
        return handshake(hello(node), Optional.empty());
    }

    /**
     * Reads the node's hello, sends {@code own} and this client's auth (signature of the transcript,
     * and the proof with {@code secret}), and reads the node's auth.
     */
    public Hello handshake(Hello own, Optional<SharedSecret> secret) {
        sendHello(own);
        sendAuth(secret);
        String auth = readLineOfType(Auth.TYPE);
        if (auth == null) {
            throw new AssertionError("the node closed the connection instead of sending its auth");
        }
        return nodeHello;
    }

    /** Reads the node's hello (its first line), remembering it for the transcript. */
    public Hello readNodeHello() {
        byte[] line = readLineBytes();
        if (line == null) {
            throw new AssertionError("the node closed the connection before its hello");
        }
        return acceptNodeHello(line);
    }

    /** Takes a line already read as the node's hello. */
    public Hello acceptNodeHello(String line) {
        return acceptNodeHello(line.getBytes(StandardCharsets.UTF_8));
    }

    private Hello acceptNodeHello(byte[] line) {
        nodeHelloLine = line;
        try {
            nodeHello = (Hello) CODEC.decode(new String(line, StandardCharsets.UTF_8)).orElseThrow();
        } catch (WireException | ClassCastException e) {
            throw new AssertionError("the node's first line is not a hello: " + e.getMessage(), e);
        }
        return nodeHello;
    }

    /** Sends {@code own} after the node's hello (read first if it was not), remembering both lines. */
    public Hello sendHello(Hello own) {
        if (nodeHello == null) {
            readNodeHello();
        }
        sendRaw(remember(own));
        return nodeHello;
    }

    /** Records {@code own} as this client's hello for the transcript, without sending it; returns its line. */
    public byte[] remember(Hello own) {
        network = own.network();
        byte[] ownLine = CODEC.line(own);
        ownHelloLine = java.util.Arrays.copyOf(ownLine, ownLine.length - 1);
        return ownLine;
    }

    /** The auth of this client as the dialer, over the hellos exchanged by {@link #sendHello}. */
    public Auth auth(Optional<SharedSecret> secret) {
        byte[] transcript = Transcript.of(true, network, ownHelloLine, nodeHelloLine);
        return new Auth(HEX.formatHex(key.sign(transcript)), secret.map(s -> s.proof(transcript)).orElse(""));
    }

    /** The auth without a shared secret. */
    public Auth authForLastHello() {
        return auth(Optional.empty());
    }

    public RawPeer sendAuth(Optional<SharedSecret> secret) {
        return send(auth(secret));
    }

    public RawPeer send(Message message) {
        return sendRaw(CODEC.line(message));
    }

    public RawPeer sendLine(String line) {
        return sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public synchronized RawPeer sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // The node may have closed already; what it said is read next.
        }
        return this;
    }

    /** The next line as bytes (without the newline), or null at the end of the stream. */
    public byte[] readLineBytes() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    return line.toByteArray();
                }
                line.write(b);
            }
            return null;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no line from the node within 10 s", e);
        } catch (IOException e) {
            return null;
        }
    }

    /** The next line, or null at the end of the stream. */
    public String readLine() {
        byte[] line = readLineBytes();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    /** Reads until a line of the type arrives and returns it, or null if the stream ends first. */
    public String readLineOfType(String type) {
        for (String line = readLine(); line != null; line = readLine()) {
            if (line.contains("\"type\":\"" + type + "\"")) {
                return line;
            }
        }
        return null;
    }

    /** Reads until a bye arrives and returns it, or null if the stream ends first. */
    public String readBye() {
        return readLineOfType("bye");
    }

    /**
     * Gets 127.0.0.1 banned by the node at {@code port} (whose network is named by its genesis): handshakes
     * and announces a child of the node's tip whose hash is not its own, which is misbehaviour; returns the
     * node's bye.
     */
    public static String getBanned(int port, String genesisHash, long tipHeight, String tipHash) {
        try (RawPeer peer = new RawPeer(port)) {
            peer.handshake(peer.hello(genesisHash, 0, genesisHash, BigInteger.ONE), Optional.empty());
            peer.send(new dev.rantai.p2p.wire.BlockAnnounce(new dev.rantai.chain.Block(tipHeight + 1,
                    System.currentTimeMillis(), "junk", tipHash, 0, 0, "00".repeat(32))));
            return peer.readBye();
        }
    }

    /** True once the node has closed the connection (after whatever it still had to say). */
    public boolean closedByNode() {
        for (String line = readLine(); line != null; line = readLine()) {
            // drain
        }
        return true;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test socket
        }
    }
}
