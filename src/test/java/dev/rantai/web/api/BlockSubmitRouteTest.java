package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code POST /api/blocks} as its own Vert.x route answers what Quarkus REST answered for the resource method it
 * replaced, for the clients and the hostile requests that tell the two apart.
 */
@QuarkusTest
class BlockSubmitRouteTest {
    @TestHTTPResource("/api/blocks")
    URL blocks;

    @Test
    void aClientThatExpects100ContinueIsToldToSendItsBody() throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Length: 8\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            // the interim answer comes before the body is sent (a client waits for it, curl one second)
            assertThat(new String(in.readNBytes(25), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            out.write("continue".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 201");
        }
    }

    @Test
    void everyValueOfARepeatedContentTypeOrContentEncodingCounts() throws IOException {
        String twoTypes = raw("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Type: application/json\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{\"data\":\"hello\"}");
        assertThat(twoTypes).startsWith("HTTP/1.1 415").contains("urn:rantai:problem:unsupported-media-type");
        String twoCodings = raw("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Encoding: identity\r\nContent-Encoding: deflate\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
                + "plain");
        assertThat(twoCodings).startsWith("HTTP/1.1 415").containsIgnoringCase("Accept-Encoding: identity");
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsMalformedAsOnEveryOtherBody() {
        for (String type : List.of("foo", "/", "application/")) {
            given().contentType(type).body("x".getBytes(StandardCharsets.UTF_8)).post("/api/blocks").then().statusCode(400)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.equalTo("about:blank"))
                    .body("detail", org.hamcrest.Matchers.containsString("is not a media type"));
        }
    }

    @Test
    void matrixParametersAndLenientAcceptsReachTheSubmissionAsBefore() throws IOException {
        for (String path : List.of("/api/blocks;v=1", "/api/blocks;v=1/", "/api;v=1/blocks", "/api/blocks/;v=1")) {
            given().urlEncodingEnabled(false).contentType("text/plain; charset=utf-8").body("matrix").post(path)
                    .then().statusCode(201);
        }
        for (String accept : List.of("", "*/*; q=.2", "application/json;q=1.0000", "*", "*/json", ";", ",",
                "application/json,;")) {
            given().header("Accept", accept).contentType("text/plain; charset=utf-8").body("accept").post("/api/blocks")
                    .then().statusCode(201);
        }
        // Java's HttpURLConnection sends "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2" unless told otherwise
        HttpURLConnection connection = (HttpURLConnection) blocks.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
        connection.getOutputStream().write("url connection".getBytes(StandardCharsets.UTF_8));
        assertThat(connection.getResponseCode()).isEqualTo(201);
        connection.disconnect();
    }

    @Test
    void aClientThatBreaksOffItsBodyLeavesNoLogLine() throws IOException {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < 20; i++) {
                try (Socket socket = socket()) {
                    socket.setSoLinger(true, 0);
                    socket.getOutputStream()
                            .write(("POST /api/blocks HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                                    + "Content-Length: 100\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII));
                }
            }
            // the node still answers, and said nothing of the twenty
            given().contentType("text/plain; charset=utf-8").body("after").post("/api/blocks").then().statusCode(201);
            Awaitility.await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(records.stream().filter(r -> String.valueOf(r.getMessage()).contains("/api/blocks")).toList())
                .isEmpty();
    }

    @Test
    void theMetricsNameTheOperationNotThePathAsSpelt() throws IOException {
        for (int i = 0; i < 3; i++) {
            String spelt = List.of("/%61pi/blocks", "/a%70i/blocks", "/api/bl%6Fcks").get(i);
            assertThat(raw("POST " + spelt + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Length: 3\r\nConnection: close\r\n\r\ntag")).startsWith("HTTP/1.1 201");
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/blocks\"")
                .doesNotContain("uri=\"/%61pi").doesNotContain("uri=\"/a%70i").doesNotContain("bl%6Fcks");
    }

    @Test
    void aLargeBodyIsReadOffTheEventLoopAndMinedAsAnyOther() {
        String data = "\u00e9".repeat(20_000);
        given().contentType("application/json").body(("{\"data\":\"" + data + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/api/blocks").then().statusCode(201).body("data", org.hamcrest.Matchers.equalTo(data));
        given().contentType("application/json").body(("{\"data\":\"" + data).getBytes(StandardCharsets.UTF_8))
                .post("/api/blocks").then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:rantai:problem:malformed-json"));
    }

    @Test
    void theBodiesHeldAtOnceAreBoundedInAllAndPerAddress() {
        BodyBudget budget = new BodyBudget(100, 40);
        assertThat(budget.reserve("a", 30)).isTrue();
        assertThat(budget.reserve("a", 11)).isFalse();
        assertThat(budget.overShare("a", 11)).isTrue();
        assertThat(budget.fits("b", 40)).isTrue();
        assertThat(budget.reserve("b", 40)).isTrue();
        assertThat(budget.reserve("c", 30)).isTrue();
        // the total is full before c's share is
        assertThat(budget.fits("d", 1)).isFalse();
        assertThat(budget.reserve("d", 1)).isFalse();
        assertThat(budget.overShare("d", 1)).isFalse();
        assertThat(budget.held()).isEqualTo(100);
        budget.release("a", 30);
        assertThat(budget.addresses()).isEqualTo(2);
        assertThat(budget.reserve("d", 30)).isTrue();
        budget.release("b", 40);
        budget.release("c", 30);
        budget.release("d", 30);
        assertThat(budget.held()).isZero();
        assertThat(budget.addresses()).isZero();
        // nothing to hold is always allowed, and leaves no entry
        assertThat(budget.reserve("e", 0)).isTrue();
        assertThat(budget.addresses()).isZero();
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(blocks.getHost(), blocks.getPort());
        socket.setSoTimeout(5000);
        return socket;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = socket()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
