package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Clients that each start a body of the largest size and hold it cannot fill the heap together: past
 * {@link BlockSubmitRoute#BODIES_AT_MOST} such bodies the next one is refused at its head (503), and the node takes
 * submissions again as soon as they are gone.
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

    @Test
    void bodiesHeldAtOnceAreBoundedAndReleased() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < BlockSubmitRoute.BODIES_AT_MOST; i++) {
                Socket socket = new Socket(blocks.getHost(), blocks.getPort());
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(head(MAX_BODY).getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write('a');
                held.add(socket);
            }
            // the round trip of a small request: every head above has been read by now
            given().get("/api/chain").then().statusCode(200);
            try (Socket one = new Socket(blocks.getHost(), blocks.getPort())) {
                one.setSoTimeout(5000);
                one.getOutputStream().write(head(MAX_BODY).getBytes(StandardCharsets.US_ASCII));
                String answer = new String(one.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 5")
                        .containsIgnoringCase("Connection: close").contains("urn:rantai:problem:chain-unavailable")
                        .contains("bodies at once");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> given()
                .contentType("text/plain; charset=utf-8").body("a".repeat(MAX_BODY)).post("/api/blocks").then()
                .statusCode(201));
    }

    private static String head(int length) {
        return "POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }
}
