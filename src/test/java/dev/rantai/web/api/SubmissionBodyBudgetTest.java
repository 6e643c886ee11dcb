package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Clients that each send most of a body of the largest size and hold it cannot fill the heap together: past
 * {@link BlockSubmitRoute#BODIES_AT_MOST} such bodies the next one is refused at its head (503), one client address
 * holds at most {@link BlockSubmitRoute#BODIES_PER_ADDRESS_AT_MOST} of them, and every byte counted is given back when
 * its request ends, however it ends.
 */
@QuarkusTest
@TestProfile(SubmissionBodyBudgetTest.SmallBodies.class)
class SubmissionBodyBudgetTest {
    static final int MAX_BODY = 64 * 1024;

    public static class SmallBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", Integer.toString(MAX_BODY));
        }
    }

    @TestHTTPResource("/api/blocks")
    URL blocks;

    @Inject
    BlockSubmitRoute route;

    @Test
    void bodiesHeldAtOnceAreBoundedAndReleased() throws IOException {
        List<Socket> held = new ArrayList<>();
        int perAddress = BlockSubmitRoute.BODIES_PER_ADDRESS_AT_MOST;
        int addresses = BlockSubmitRoute.BODIES_AT_MOST / perAddress;
        try {
            // as many client addresses as it takes to fill the total, each with its share (127.0.0.2, 127.0.0.3, ...)
            for (int a = 0; a < addresses; a++) {
                for (int i = 0; i < perAddress; i++) {
                    held.add(holding(from(2 + a)));
                }
            }
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> route.heldBodyBytes() == (long) BlockSubmitRoute.BODIES_AT_MOST * (MAX_BODY - 1));
            try (Socket one = from(2 + addresses)) {
                assertThat(refusal(one)).contains("bodies at once").contains("the node is receiving");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> route.heldBodyBytes() == 0);
        given().contentType("text/plain; charset=utf-8").body("a".repeat(MAX_BODY)).post("/api/blocks").then()
                .statusCode(201);
    }

    @Test
    void oneAddressHoldsItsShareAndNoMore() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < BlockSubmitRoute.BODIES_PER_ADDRESS_AT_MOST; i++) {
                held.add(holding(from(20)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                    () -> route.heldBodyBytes() == (long) BlockSubmitRoute.BODIES_PER_ADDRESS_AT_MOST * (MAX_BODY - 1));
            // its next body is refused at the head...
            try (Socket more = from(20)) {
                assertThat(refusal(more)).contains("this client address is sending");
            }
            // ... and a chunked one when it grows past the share
            try (Socket chunked = from(20)) {
                chunked.getOutputStream().write(("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "10\r\n0123456789abcdef\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(chunked.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).startsWith("HTTP/1.1 503").contains("this client address is sending");
            }
            // while others still submit, whole bodies of the largest size too
            try (Socket other = from(21)) {
                other.getOutputStream().write((head(MAX_BODY) + "b".repeat(MAX_BODY)).getBytes(StandardCharsets.US_ASCII));
                String answer = new String(other.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                assertThat(answer).isEqualTo("HTTP/1.1 201");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> route.heldBodyBytes() == 0);
    }

    /** Sends a head and all of its body but one byte on the connection, and holds it. */
    private Socket holding(Socket socket) throws IOException {
        socket.getOutputStream().write(head(MAX_BODY).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(new byte[MAX_BODY - 1]);
        return socket;
    }

    private static String refusal(Socket socket) throws IOException {
        socket.getOutputStream().write(head(MAX_BODY).getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 5")
                .containsIgnoringCase("Connection: close").contains("urn:rantai:problem:chain-unavailable");
        return answer;
    }

    /** A connection to the node from the loopback address 127.0.0.{@code last}: another client address. */
    private Socket from(int last) throws IOException {
        Socket socket = new Socket(java.net.InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }), blocks.getPort(),
                java.net.InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) last }), 0);
        socket.setSoTimeout(5000);
        return socket;
    }

    @Test
    void aRequestPipelinedBehindOneWhoseConnectionClosesKeepsNothing() throws IOException {
        String first = head(5) + "hello";
        for (int i = 0; i < 20; i++) {
            try (Socket socket = socket()) {
                // the second request is taken only once the first is answered: by then its connection is gone
                socket.getOutputStream().write((first + head(MAX_BODY) + "xyz").getBytes(StandardCharsets.US_ASCII));
                socket.shutdownOutput();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(route.heldBodyBytes()).isZero());
        given().contentType("text/plain; charset=utf-8").body("honest").post("/api/blocks").then().statusCode(201);
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(blocks.getHost(), blocks.getPort());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static String head(int length) {
        return "POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }
}
