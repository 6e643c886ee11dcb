package dev.rantai.bench.hostile;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One raw TCP connection of the attacker, from a chosen loopback source address, speaking lines. Every read
 * has a timeout and a connection closed by the attacker's context unblocks any write, so nothing here can
 * hang past the end of an attack. What the target does to it (a {@code bye}, a close) goes to the tally.
 */
final class PeerConnection implements Closeable {
    /** Longer lines are skipped: the attacker never needs them. */
    private static final int MAX_LINE = 16 << 20;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /** How a handshake ended. */
    enum Admission {
        /** The target sent {@code get_peers}, which it does once it has admitted a peer. */
        ADMITTED,
        /** The target said {@code bye}. */
        REFUSED,
        /** The target closed the connection without a word. */
        CLOSED,
        /** Nothing conclusive within the time given. */
        TIMEOUT
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Tally tally;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean skipping;
    private volatile boolean closing;
    private volatile boolean ended;
    private volatile boolean outputShut;
    private JsonNode theirHello;

    private PeerConnection(Socket socket, Tally tally) throws IOException {
        this.socket = socket;
        this.tally = tally;
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(1_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects from {@code sourceIp} (any port); with {@code receiveBuffer} > 0 the socket's receive buffer
     * is set to it first, so the window it announces is small from the start.
     */
    static PeerConnection open(InetSocketAddress target, String sourceIp, int receiveBuffer, Tally tally)
            throws IOException {
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.bind(new InetSocketAddress(sourceIp, 0));
            socket.connect(target, CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            socket.close();
            tally.count("connect failures");
            throw e;
        }
        tally.count("connections");
        return new PeerConnection(socket, tally);
    }

    /** A connection the target opened to a server of the attacker. */
    static PeerConnection accepted(Socket socket, Tally tally) throws IOException {
        return new PeerConnection(socket, tally);
    }

    /**
     * The handshake of a peer claiming {@code claim}, in the protocol version of the target's hello (1, or 2
     * with a signed transcript: docs/protocol.md, Handshake): reads the target's hello, sends this side's, then
     * reads until the target admits this peer or refuses it, answering its pings meanwhile. {@code dialer}
     * says which side opened the connection. Any {@code bye} and any close are tallied.
     */
    Admission handshake(Claim claim, boolean dialer, long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        String first = readLine(deadline);
        if (first == null) {
            return ended ? Admission.CLOSED : Admission.TIMEOUT;
        }
        JsonNode node = Wire.parse(first);
        if ("bye".equals(node.path("type").asText())) {
            tally.bye(node.path("reason").asText());
            return Admission.REFUSED;
        }
        theirHello = node;
        int version = Math.max(1, Math.min(2, node.path("version").asInt(1)));
        Identity identity = version >= 2 ? Identity.random() : null;
        String ours = Wire.hello(version, claim, identity, Wire.randomHash());
        String dialerHello = dialer ? ours : first;
        String listenerHello = dialer ? first : ours;
        try {
            send(ours);
            if (version >= 2 && dialer) {
                // the dialer proves itself first (protocol 2)
                send(Wire.auth(identity.sign(true, claim.network(), dialerHello, listenerHello)));
            }
        } catch (IOException e) {
            return Admission.CLOSED;
        }
        long sent = System.nanoTime();
        for (String l = readLine(deadline); l != null; l = readLine(deadline)) {
            String type = Wire.type(l);
            switch (type) {
                case "get_peers" -> {
                    tally.count("admitted");
                    tally.time("hello sent -> admitted", (System.nanoTime() - sent) / 1_000_000);
                    return Admission.ADMITTED;
                }
                case "bye" -> {
                    tally.bye(Wire.parse(l).path("reason").asText());
                    return Admission.REFUSED;
                }
                case "ping" -> send(Wire.pong(Wire.parse(l).path("nonce").asLong()));
                case "auth" -> {
                    if (!dialer) {
                        // the listener answers the dialer's proof with its own
                        send(Wire.auth(identity.sign(false, claim.network(), dialerHello, listenerHello)));
                    }
                }
                default -> {
                    // a block announced meanwhile: nothing to answer
                }
            }
        }
        return ended ? Admission.CLOSED : Admission.TIMEOUT;
    }

    /** The handshake of a connection this side opened. */
    Admission handshake(Claim claim, long timeoutMillis) throws IOException {
        return handshake(claim, true, timeoutMillis);
    }

    /** The target's hello on this connection, once the handshake read it. */
    JsonNode theirHello() {
        return theirHello;
    }

    /**
     * Reads every further line on a thread of its own, answering {@code ping} and {@code get_peers} (with
     * no addresses) as a node would, tallying a {@code bye}; every line also goes to {@code onLine}. Ends
     * when the connection does.
     */
    Thread serve(Consumer<String> onLine) {
        Thread reader = new Thread(() -> {
            try {
                for (String l = readLine(Long.MAX_VALUE); l != null; l = readLine(Long.MAX_VALUE)) {
                    switch (Wire.type(l)) {
                        case "ping" -> send(Wire.pong(Wire.parse(l).path("nonce").asLong()));
                        case "get_peers" -> send(Wire.peers(java.util.List.of()));
                        case "bye" -> tally.bye(Wire.parse(l).path("reason").asText());
                        default -> {
                        }
                    }
                    onLine.accept(l);
                }
            } catch (IOException e) {
                if (!closing) {
                    ended();
                }
            }
        }, "hostile-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /**
     * The next line (without its newline), or null at the end of the stream or at {@code deadline}
     * ({@link System#nanoTime}); a partial line is kept for the next call.
     */
    String readLine(long deadline) throws IOException {
        while (true) {
            while (position < limit) {
                byte b = buffer[position++];
                if (b == '\n') {
                    boolean skipped = skipping;
                    skipping = false;
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    if (!skipped) {
                        return text;
                    }
                } else if (!skipping) {
                    line.write(b);
                    if (line.size() > MAX_LINE) {
                        line.reset();
                        skipping = true;
                    }
                }
            }
            if (ended || closing || System.nanoTime() - deadline > 0) {
                return null;
            }
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    ended();
                    return null;
                }
                position = 0;
                limit = n;
            } catch (SocketTimeoutException e) {
                // check the deadline and go on
            } catch (IOException e) {
                if (closing) {
                    return null;
                }
                ended();
                return null;
            }
        }
    }

    private void ended() {
        if (!ended && !closing && !outputShut) {
            ended = true;
            tally.closedByTarget();
        }
        ended = true;
    }

    void send(String line) throws IOException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes as they are; a failed write means the target closed the connection. */
    void sendRaw(byte[] bytes) throws IOException {
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            if (!closing) {
                ended();
            }
            throw e;
        }
    }

    /** Sends the end of the stream (FIN): the target reads what was sent, then sees the end. */
    void shutdownOutput() {
        // the target closing now is the end of the exchange, not a cut-off
        outputShut = true;
        try {
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // closed already
        }
    }

    /** Whether the target closed it (or it was closed here). */
    boolean isClosed() {
        return ended || closing;
    }

    @Override
    public void close() {
        closing = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
