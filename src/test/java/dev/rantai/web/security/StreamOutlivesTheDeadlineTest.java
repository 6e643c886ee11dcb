package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The request deadline ({@code quarkus.http.read-timeout}) cuts off a body that never ends; a request without a
 * body, such as the dashboard's event stream, is whole once its head is read and stays open as long as its
 * client reads it. Before, every stream was cut at the deadline, and each open page reconnected once a minute.
 */
@QuarkusTest
@TestProfile(StreamOutlivesTheDeadlineTest.ShortDeadline.class)
class StreamOutlivesTheDeadlineTest {
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.read-timeout", "1S");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void anEventStreamIsNotCutOffAtTheRequestDeadline() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(("GET /api/events?events=peers HTTP/1.1\r\nHost: x\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            socket.setSoTimeout(100);
            // four deadlines long, the stream is still open
            Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> !closed(in));
        }
    }

    /** Whether the server closed the connection; what it sent meanwhile is read and dropped. */
    private static boolean closed(InputStream in) throws IOException {
        try {
            byte[] buffer = new byte[4096];
            return in.read(buffer) < 0;
        } catch (SocketTimeoutException nothingYet) {
            return false;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }
}
