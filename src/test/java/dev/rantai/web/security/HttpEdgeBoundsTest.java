package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The HTTP edge against clients that never finish: half a header, a body that never ends, a chunked
 * body over the limit, more connections than the limit. Short timeouts so the test is quick; the
 * node's defaults are 60 s (application.properties).
 */
@QuarkusTest
@TestProfile(HttpEdgeBoundsTest.ShortTimeouts.class)
class HttpEdgeBoundsTest {
    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2S", "quarkus.http.read-timeout", "2S",
                    "quarkus.http.limits.max-connections", String.valueOf(MAX_CONNECTIONS));
        }
    }

    static final int MAX_CONNECTIONS = 12;

    @TestHTTPResource("/")
    URL root;

    private Socket open() throws IOException {
        return socketTo(root);
    }

    /** A plain connection to the node, with a read timeout that a test would not reach. */
    static Socket socketTo(URL root) throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Reads until the server closes the connection; returns when it did, in ms after {@code start}. */
    private static long closedAfter(Socket socket, long start) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // whatever the server answers before it closes
            }
        } catch (java.net.SocketException reset) {
            // closed by the server, with a reset
        }
        return System.currentTimeMillis() - start;
    }

    @Test
    void halfAHeaderIsClosedAtTheIdleTimeout() throws IOException {
        try (Socket socket = open()) {
            long start = System.currentTimeMillis();
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Half: ".getBytes(StandardCharsets.US_ASCII));
            assertThat(closedAfter(socket, start)).isBetween(1_500L, 6_000L);
        }
    }

    @Test
    void aBodyThatNeverEndsIsCutOffAtTheDeadlineThoughItKeepsSending() throws IOException {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/blocks HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long start = System.currentTimeMillis();
            // A chunk every 500 ms: never idle for the idle timeout, never done.
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write("1\r\na\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // the server cut it off
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
            assertThat(closedAfter(socket, start)).isBetween(1_500L, 6_000L);
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void connectionsOverTheLimitAreClosedWhetherTheySentHalfAHeaderOrNothing() throws Exception {
        List<SocketChannel> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3 * MAX_CONNECTIONS; i++) {
                SocketChannel c = SocketChannel.open(new InetSocketAddress(root.getHost(), root.getPort()));
                if (i % 2 == 0) {
                    c.write(ByteBuffer.wrap("GET / HTTP/1.1\r\nHost: x\r\nX-Half: ".getBytes(StandardCharsets.US_ASCII)));
                }
                c.configureBlocking(false);
                held.add(c);
            }
            // The server closes each connection over the limit as soon as it accepts it, before the idle timeout (2 s).
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMillis(1500))
                    .until(() -> stillOpen(held) <= MAX_CONNECTIONS);
            assertThat(stillOpen(held)).isEqualTo(MAX_CONNECTIONS);
        } finally {
            for (SocketChannel c : held) {
                c.close();
            }
        }
        // Their places are free again once they close.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> {
            try (Socket socket = open()) {
                socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
            }
        });
    }

    /** Connections the server has not closed: a non-blocking read finds neither the end of the stream nor a reset. */
    private static long stillOpen(List<SocketChannel> channels) {
        return channels.stream().filter(c -> {
            try {
                return c.read(ByteBuffer.allocate(256)) >= 0;
            } catch (IOException reset) {
                return false;
            }
        }).count();
    }

    @Test
    void aChunkedBodyOverTheLimitIsOneLogLineWithoutAStackTrace() throws IOException {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger rootLogger = Logger.getLogger("");
        rootLogger.addHandler(capture);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/blocks HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (int i = 0; i < 40; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException cutOff) {
                // the server answered 413 and closed
            }
            byte[] head = socket.getInputStream().readNBytes(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
            org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofMillis(500))
                    .atMost(java.time.Duration.ofSeconds(3)).until(() -> true);
        } finally {
            rootLogger.removeHandler(capture);
        }
        List<LogRecord> about = records.stream().filter(r -> String.valueOf(r.getMessage()).contains("/api/blocks")
                || r.getThrown() != null || r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(about).as("log records of the request").hasSize(1);
        assertThat(about.get(0).getThrown()).isNull();
        assertThat(about.get(0).getLevel().intValue()).isLessThan(Level.SEVERE.intValue());
    }
}
