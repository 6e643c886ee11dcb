package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HTTP/1.1 lets a client send requests without waiting for the answers (pipelining). One that never reads them
 * must not make the node hold every answer in memory: 37,000 pipelined requests for the OpenAPI document took a
 * node from 0.7 to 4.3 GB and froze it.
 */
@QuarkusTest
class PipelinedAnswersTest {

    @TestHTTPResource("/")
    URL root;

    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

    @Test
    void aClientThatPipelinesAndNeverReadsIsCutOffInsteadOfHavingEveryAnswerHeld() throws Exception {
        int sent = 3000;
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            // about 100 KB of answer for each 40 bytes asked: unbounded, 3,000 of them are 300 MB held for one client
            out.write("GET /q/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".repeat(sent).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The client reads nothing until the server has closed: a write of an empty line (allowed between
            // requests) then fails.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).ignoreNoExceptions().until(() -> {
                try {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return false;
                } catch (IOException closed) {
                    return true;
                }
            });
            int answered = 0;
            try {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("HTTP/1.1 200")) {
                        answered++;
                    }
                }
            } catch (java.net.SocketException reset) {
                // closed by the server, with a reset
            }
            assertThat(answered).as("answers held for a client that did not read").isLessThan(sent / 2);
        }
        // and the node still answers others at once
        try (Socket other = open()) {
            other.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        }
    }

}
