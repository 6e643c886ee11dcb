package dev.rantai.p2p;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;

/** A hand-driven TCP client on 127.0.0.1, speaking whatever the test makes it say. */
final class RawPeer implements AutoCloseable {
    static final MessageCodec CODEC = new MessageCodec(new ObjectMapper(), 1 << 20);

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    RawPeer(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Hello helloFor(TestNode node) {
        String genesis = node.chain.rules().genesis().hash();
        return new Hello(1, genesis, UUID.randomUUID().toString().replace("-", ""), 0, 0, genesis, BigInteger.ONE,
                "raw-test");
    }

    RawPeer send(Message message) {
        return sendRaw((CODEC.encode(message) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    RawPeer sendLine(String line) {
        return sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    RawPeer sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // The node may have closed already; what it said is read next.
        }
        return this;
    }

    /** The next line, or null at the end of the stream. */
    String readLine() {
        try {
            return in.readLine();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no line from the node within 10 s", e);
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads until a bye arrives and returns it, or null if the stream ends first. */
    String readBye() {
        for (String line = readLine(); line != null; line = readLine()) {
            if (line.contains("\"type\":\"bye\"")) {
                return line;
            }
        }
        return null;
    }

    /** True once the node has closed the connection (after whatever it still had to say). */
    boolean closedByNode() {
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
