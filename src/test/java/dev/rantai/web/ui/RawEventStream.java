package dev.rantai.web.ui;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** GET /api/events over a plain socket, keeping each HTTP chunk (one write of the node) apart. */
final class RawEventStream {
    final List<String> chunks = new CopyOnWriteArrayList<>();
    private final Socket socket;

    private RawEventStream(Socket socket) {
        this.socket = socket;
    }

    static RawEventStream open(URI uri) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        RawEventStream stream = new RawEventStream(socket);
        Thread reader = new Thread(stream::read, "raw-event-stream");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    /** The writes after the first {@code skip} chunks, without keep-alive comments. */
    List<String> writesAfter(int skip) {
        return chunks.subList(skip, chunks.size()).stream().filter(c -> !c.startsWith(":")).toList();
    }

    String text() {
        return String.join("", chunks);
    }

    private void read() {
        try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
            String line;
            while (!(line = line(in)).isEmpty()) {
                // status line and headers
            }
            while (true) {
                int size = Integer.parseInt(line(in).trim(), 16);
                if (size == 0) {
                    return;
                }
                chunks.add(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                line(in);
            }
        } catch (IOException | NumberFormatException closedByTheTest) {
            // the stream ends when the test closes it
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("stream ended");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    void close() throws IOException {
        socket.close();
    }
}
