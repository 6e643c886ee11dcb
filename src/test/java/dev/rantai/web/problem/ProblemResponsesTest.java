package dev.rantai.web.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/** Every bad request gets an RFC 9457 problem a user can act on, and leaves the chain as it was. */
@QuarkusTest
class ProblemResponsesTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ChainService chain;

    @TestHTTPResource("/api/blocks")
    URI blocks;

    private String tipBefore;

    private static RestAssuredConfig previousConfig;

    @BeforeAll
    static void sendTextWithoutDefaultCharset() {
        // RestAssured would add charset=ISO-8859-1 to text/plain, which the API refuses.
        previousConfig = RestAssured.config();
        RestAssured.config = previousConfig.encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @AfterAll
    static void restoreRestAssured() {
        RestAssured.config = previousConfig;
    }

    @BeforeEach
    void rememberTip() {
        tipBefore = chain.tip().hash();
    }

    @AfterEach
    void chainIsUnchanged() {
        assertThat(chain.tip().hash()).as("a refused request must not change the chain").isEqualTo(tipBefore);
        assertThat(chain.queuedSubmissions()).isZero();
    }

    static Stream<Arguments> badSubmissions() {
        String tooLarge = "x".repeat(64 * 1024 + 1);
        return Stream.of(
                Arguments.of("missing data field", "application/json", bytes("{}"), 400, "invalid-body", null,
                        "\"data\" is missing"),
                Arguments.of("null data", "application/json", bytes("{\"data\":null}"), 400, "invalid-body", null,
                        "\"data\" is null; it must be a string"),
                Arguments.of("a thousand unknown fields", "application/json", bytes(IntStream.range(0, 1000)
                        .mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(",", "{", "}"))), 400, "invalid-body",
                        null, "[k0, k1, k2, k3, k4] and 995 more"),
                Arguments.of("trailing content", "application/json", bytes("{\"data\":\"a\"} {}"), 400, "malformed-json",
                        null, "there is more after the JSON value"),
                Arguments.of("nested too deeply", "application/json", bytes("[".repeat(1200) + "]".repeat(1200)), 400,
                        "malformed-json", null, "it is nested too deeply"),
                Arguments.of("data not a string", "application/json", bytes("{\"data\":42}"), 400, "invalid-body",
                        null, "must be a string, not number"),
                Arguments.of("unknown field", "application/json", bytes("{\"data\":\"a\",\"date\":\"b\"}"), 400,
                        "invalid-body", null, "Unknown field(s) [date]"),
                Arguments.of("array body", "application/json", bytes("[\"a\"]"), 400, "invalid-body", null,
                        "must be a JSON object"),
                Arguments.of("empty JSON body", "application/json", new byte[0], 400, "invalid-body", null,
                        "not nothing"),
                Arguments.of("malformed JSON", "application/json", bytes("{\"data\":"), 400, "malformed-json", null,
                        "line 1, column"),
                Arguments.of("trailing garbage", "application/json", bytes("{\"data\":\"a\"} x"), 400,
                        "malformed-json", null, "not valid JSON"),
                Arguments.of("duplicate field", "application/json", bytes("{\"data\":\"a\",\"data\":\"b\"}"), 400,
                        "malformed-json", null, "Duplicate field 'data'"),
                Arguments.of("empty data in JSON", "application/json", bytes("{\"data\":\"\"}"), 422,
                        "rule-violation", "data-empty", "data is empty"),
                Arguments.of("empty text body", "text/plain", new byte[0], 422, "rule-violation", "data-empty",
                        "data is empty"),
                Arguments.of("oversized JSON data", "application/json", bytes("{\"data\":\"" + tooLarge + "\"}"), 413,
                        "rule-violation", "data-too-large", "65537 bytes of UTF-8, at most 65536"),
                Arguments.of("oversized text", "text/plain", bytes(tooLarge), 413, "rule-violation", "data-too-large",
                        "at most 65536"),
                Arguments.of("invalid UTF-8 text", "text/plain", new byte[] { 'o', 'k', (byte) 0xC3, '(' }, 422,
                        "rule-violation", "data-not-utf8", "byte 2 (0xc3) is malformed"),
                Arguments.of("invalid UTF-8 in JSON", "application/json",
                        new byte[] { '{', '"', 'd', 'a', 't', 'a', '"', ':', '"', (byte) 0xFF, '"', '}' }, 422,
                        "rule-violation", "data-not-utf8", "byte 9 (0xff) is malformed"),
                Arguments.of("lone surrogate escaped in JSON", "application/json", bytes("{\"data\":\"\\ud800\"}"),
                        422, "rule-violation", "data-not-utf8", "unpaired surrogate"),
                Arguments.of("other charset", "text/plain; charset=ISO-8859-1", bytes("abc"), 415,
                        "unsupported-media-type", null, "charset=ISO-8859-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void badSubmissionIsAProblemAndStoresNothing(String name, String contentType, byte[] body, int status,
            String type, String rule, String detail) {
        ValidatableResponse response = given().contentType(contentType).body(body).when().post("/api/blocks")
                .then();
        assertProblem(response, status, "urn:rantai:problem:" + type, "/api/blocks")
                .body("detail", containsString(detail))
                .body("rule", rule == null ? nullValue() : equalTo(rule));
    }

    @Test
    void bodyOverTheHttpLimitIsCutOffWith413() throws Exception {
        // A plain socket: the server answers and closes as soon as it sees the length, and an HTTP client that
        // is still writing the body then fails on a broken pipe before it reads the answer.
        int length = 2 * 1024 * 1024 + 1;
        try (Socket socket = new Socket(blocks.getHost(), blocks.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/blocks HTTP/1.1\r\nHost: " + blocks.getHost() + ":" + blocks.getPort()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (int sent = 0; sent < length; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, length - sent));
                }
                out.flush();
            } catch (IOException cutOff) {
                // the server closed the connection after its answer, which is what this test expects
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            java.util.List<String> headers = new java.util.ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(java.util.Locale.ROOT));
            }
            // the HTTP server's answer, not the API's data-too-large problem: the body never reached the API
            assertThat(headers).contains("content-length: 0");
        }
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(given().contentType("application/xml").body("<data>a</data>").post("/api/blocks").then(), 415,
                "urn:rantai:problem:unsupported-media-type", "/api/blocks")
                .body("title", equalTo("Unsupported media type"))
                .body("detail", containsString("application/json or text/plain"));
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = { "text", ";;;", "/plain", "text/" })
    void aContentTypeThatIsNoMediaTypeIsRefusedSayingSo(String contentType) throws Exception {
        for (URI target : List.of(blocks, blocks.resolve("/api/peers"))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString("{\"address\":\"x:1\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // A malformed header is a bad request (RFC 9110); one the node cannot take is a 415.
            assertThat(response.statusCode()).as(target + " " + contentType).isIn(400, 415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
            assertThat(response.body()).contains("is not a media type (type/subtype");
        }
    }

    @Test
    void aCharsetWithoutAValueIs415SayingSo() {
        assertProblem(given().contentType("application/json; charset").body("{\"data\":\"x\"}").post("/api/blocks")
                .then(), 415, "urn:rantai:problem:unsupported-media-type", "/api/blocks")
                .body("detail", containsString("charset parameter has no value"));
    }

    @Test
    void aRequestWithoutAUsableHostIsAClear400AndLeavesNoErrorInTheLog() throws Exception {
        long height = chain.tip().height();
        assertThat(warningsLoggedDuring(() -> {
            for (String host : new String[] { null, "", " ", "a b", "x:abc", "[bad", "x:99999999" }) {
                for (String line : new String[] { "GET /api/chain", "POST /api/blocks", "GET /" }) {
                    String answer = raw(line + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                            + "Content-Type: text/plain\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx");
                    assertThat(answer).as(line + " with Host " + host).startsWith("HTTP/1.1 400")
                            .contains("needs one Host header of the form host[:port]");
                    if (line.contains("/api/")) {
                        assertThat(answer).contains("content-type: " + PROBLEM).contains("\"status\":400");
                    }
                }
            }
            String twice = raw("GET /api/chain HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");
            assertThat(twice).startsWith("HTTP/1.1 400").contains("This request has several.");
        })).as("warnings and errors logged for the requests").isEmpty();
        assertThat(chain.tip().height()).as("nothing stored").isEqualTo(height);
    }

    interface Requests {
        void send() throws Exception;
    }

    /** What the node logged at WARN or above, or with a stack trace, while the requests were sent and answered. */
    private static List<String> warningsLoggedDuring(Requests requests) throws Exception {
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            requests.send();
            // a line logged after the answer (a failure handler's) comes within this: nothing may appear during it
            org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(300))
                    .atMost(java.time.Duration.ofSeconds(3)).until(() -> records.stream().noneMatch(
                            r -> r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()));
        } catch (org.awaitility.core.ConditionTimeoutException logged) {
            // reported below with what was logged
        } finally {
            root.removeHandler(capture);
        }
        return records.stream().filter(r -> r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                || r.getThrown() != null).map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
    }

    static Stream<Arguments> targetsThatAreNotOnes() {
        String percent = "a % must be followed by two hex digits";
        String encode = "a character that must be percent-encoded";
        return Stream.of(Arguments.of("/api/blocks/%zz", percent), Arguments.of("/api/blocks/%", percent),
                Arguments.of("/api/blocks/%4", percent), Arguments.of("/api/peers/[::1]:3001", encode),
                Arguments.of("/api/blocks?limit=%zz", percent), Arguments.of("/api/chain/%E0%A4%", percent),
                Arguments.of("/blocks/%zz", percent), Arguments.of("/%", percent), Arguments.of("/peers/[::1]:3001", encode),
                // what java.net.URI lets through: brackets in the query, raw bytes above 0x7E, a fragment
                Arguments.of("/api/chain?x=[", encode), Arguments.of("/api/blocks/\u00c3\u00a9", "(byte 0xC3)"),
                Arguments.of("/api/chain?x=\u00ef\u00bc\u0095", "(byte 0xEF)"),
                Arguments.of("/api/chain#frag", "a fragment (#) is never sent"),
                // no path at all: Vert.x Web fails these before any route, and Quarkus logged them as errors
                Arguments.of("?", "must start with /"), Arguments.of("?x=1", "must start with /"),
                Arguments.of("%zz", "must start with /"), Arguments.of("a%zz", "must start with /"),
                Arguments.of("#%zz", "must start with /"), Arguments.of("*", "only for OPTIONS"),
                // dot segments and empty ones: routed as another path than the checks and metrics see
                Arguments.of("/f1/../q/health/live", "dot segment"), Arguments.of("/api/%2e%2e/q/metrics", "dot segment"),
                Arguments.of("/api/../blocks", "dot segment"), Arguments.of("/assets//rantai.css", "empty segment"),
                // the authority of an absolute-form target
                Arguments.of("http://a#b/api/chain", "its authority holds"),
                Arguments.of("http://o\"{}/api/chain", "its authority holds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetsThatAreNotOnes")
    void aTargetThatIsNotOneIsAClear400AndLeavesNoLogLine(String target, String detail) throws Exception {
        assertThat(warningsLoggedDuring(() -> {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: " + blocks.getHost() + ":" + blocks.getPort()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains(detail);
            if (target.startsWith("/api/") || target.startsWith("http")) {
                assertThat(answer).contains("content-type: " + PROBLEM).contains("\"status\":400")
                        .contains("\"instance\":\"/api/");
            } else {
                assertThat(answer).contains("content-type: text/plain");
            }
        })).as("warnings and errors logged").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"data\":NaN}", "{\"data\":\"a\"} // c", "/* c */ {\"data\":\"a\"}", "{'data':'a'}",
            "{data:\"a\"}", "{\"data\":\"a\",}", "{\"data\":+1}", "{\"data\":01}" })
    void nonStandardJsonIsRefusedWithoutNamingTheParsersSettings(String body) {
        String detail = assertProblem(given().contentType("application/json").body(bytes(body)).post("/api/blocks")
                .then(), 400, "urn:rantai:problem:malformed-json", "/api/blocks").extract().path("detail");
        assertThat(detail).doesNotContain("Feature").doesNotContain("enable").doesNotContain("`")
                .doesNotContain("parser");
    }

    @Test
    void aRequestHiddenBehindARefusedFramingIsNeverRun() throws Exception {
        long height = chain.tip().height();
        String head = "POST /api/blocks HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\n";
        String hidden = "POST /api/blocks HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\n"
                + "smuggled";
        for (String framing : new String[] { "Transfer-Encoding: gzip\r\n", "Transfer-Encoding: gzip, chunked\r\n",
                "Transfer-Encoding: identity\r\n", "Transfer-Encoding: gzip\r\nContent-Length: 0\r\n",
                "Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n" }) {
            String answer = raw(head + framing + "\r\n" + (framing.contains("gzip, chunked") ? "0\r\n\r\n" : "")
                    + hidden);
            // refused with an answer, or (a chunked body that is not chunks) the connection closed without one
            assertThat(answer).as(framing).matches("(?s)(HTTP/1.1 (400|501) .*)?").doesNotContain("201 Created");
        }
        // the hidden requests would be run as soon as the refusals end, or not at all
        org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(500)).atMost(java.time.Duration.ofSeconds(3))
                .until(() -> chain.tip().height() == height);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "gzip", "gzip, chunked", "chunked, gzip", "chunked, chunked", "identity",
            "chunked\r\nTransfer-Encoding: gzip", "chunked\r\nTransfer-Encoding: chunked" })
    void aTransferCodingOtherThanChunkedAloneIsRefusedAndNothingIsStored(String codings) throws Exception {
        long height = chain.tip().height();
        boolean chunkedLast = codings.endsWith("chunked") && !codings.contains("chunked, chunked")
                && !codings.contains("\r\n");
        String body = chunkedLast ? "5\r\nhello\r\n0\r\n\r\n" : "hello";
        String answer = raw("POST /api/blocks HTTP/1.1\r\nHost: " + blocks.getHost() + ":" + blocks.getPort()
                + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: " + codings
                + (chunkedLast || codings.contains("\r\n") ? "" : "\r\nContent-Length: 5") + "\r\n\r\n" + body);
        // raw() reads until the server closes: an answer at all shows the connection was closed after it
        if (codings.startsWith("chunked")) {
            // chunked before another coding: the HTTP codec itself refuses the head, with a bare 400
            assertThat(answer).startsWith("HTTP/1.1 400");
        } else {
            if (chunkedLast) {
                assertThat(answer).startsWith("HTTP/1.1 501").contains("The transfer coding 'gzip' is not implemented");
            } else {
                assertThat(answer).startsWith("HTTP/1.1 400").contains("does not end in chunked, applied once");
            }
            assertThat(answer).contains("content-type: " + PROBLEM).contains("\"instance\":\"/api/blocks\"");
        }
        assertThat(chain.tip().height()).as("nothing stored").isEqualTo(height);
    }

    @Test
    void aPercentEncodedTargetStillReachesItsResource() throws Exception {
        String answer = raw("GET /api/blocks/%30 HTTP/1.1\r\nHost: " + blocks.getHost() + ":" + blocks.getPort()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"index\":0");
    }

    /** One request on a connection of its own, and all the server answered until it closed. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(blocks.getHost(), blocks.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void missingContentTypeIs415() throws Exception {
        // RestAssured always sends a Content-Type; the JDK client sends none unless told.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(blocks)
                .POST(HttpRequest.BodyPublishers.ofString("abc")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.body()).contains("\"type\":\"urn:rantai:problem:unsupported-media-type\"")
                .contains("no Content-Type").contains("\"instance\":\"/api/blocks\"");
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = { "0", "501", "-1", "abc", "1.5", "99999999999", "", " 5", "５", "٢", "+5" })
    void badLimitIs400(String limit) {
        assertProblem(given().queryParam("limit", limit).get("/api/blocks").then(), 400,
                "urn:rantai:problem:invalid-parameter", "/api/blocks")
                .body("detail", containsString("limit must be"))
                .body("detail", containsString(limit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "limit=99999999999999999999", "before=12345678901234567890123", "limit=-99999999999999999999" })
    void aNumberOfAllDigitsTooLongForAnyValueIsCalledTooLarge(String parameter) {
        assertProblem(given().get("/api/blocks?" + parameter).then(), 400, "urn:rantai:problem:invalid-parameter",
                "/api/blocks").body("detail", containsString(parameter.split("=")[0] + " is too large"))
                .body("detail", org.hamcrest.Matchers.not(containsString("ASCII")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/blocks?limit=5&limit=6", "/api/blocks?before=3&before=",
            "/api/network/messages?after=1&after=1",
            "/api/network/traffic?seconds=5&seconds=60", "/api/chain/timings?blocks=1&blocks=2" })
    void aParameterGivenTwiceIs400NotAGuess(String path) {
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertProblem(given().get(path).then(), 400, "urn:rantai:problem:invalid-parameter",
                path.substring(0, path.indexOf('?')))
                .body("detail", equalTo(name + " is given more than once; give it once."));
    }

    @ParameterizedTest(name = "before={0}")
    @ValueSource(strings = { "0", "-5", "tip", "", "٢", "１０", "7 " })
    void badBeforeIs400(String before) {
        assertProblem(given().queryParam("before", before).get("/api/blocks").then(), 400,
                "urn:rantai:problem:invalid-parameter", "/api/blocks")
                .body("detail", containsString("before"));
    }

    @ParameterizedTest(name = "id={0}")
    @ValueSource(strings = { "abc", "-1", "00ff", "zz00000000000000000000000000000000000000000000000000000000000000" })
    void idThatIsNeitherHeightNorHashIs400(String id) {
        assertProblem(given().get("/api/blocks/" + id).then(), 400, "urn:rantai:problem:invalid-parameter",
                "/api/blocks/" + id).body("detail", containsString("neither a height"));
    }

    @Test
    void unknownHeightIs404NamingTheTip() {
        assertProblem(given().get("/api/blocks/999999").then(), 404, "urn:rantai:problem:block-not-found",
                "/api/blocks/999999")
                .body("title", equalTo("Block not found"))
                .body("detail", containsString("the tip is at height " + chain.tip().height()));
    }

    @ParameterizedTest(name = "id={0}")
    @ValueSource(strings = { "99999999999999999999", "1234567890123456789012345678901234567890" })
    void aHeightTooLargeForAnyChainIs404LikeAnyUnknownHeight(String id) {
        assertProblem(given().get("/api/blocks/" + id).then(), 404, "urn:rantai:problem:block-not-found",
                "/api/blocks/" + id).body("detail", containsString("No block has height " + id));
    }

    @Test
    void unknownHashIs404() {
        String hash = "ab".repeat(32);
        assertProblem(given().get("/api/blocks/" + hash).then(), 404, "urn:rantai:problem:block-not-found",
                "/api/blocks/" + hash).body("detail", containsString(hash));
    }

    @Test
    void unknownPathUnderApiIs404Problem() {
        assertProblem(given().get("/api/no-such-thing").then(), 404, "about:blank", "/api/no-such-thing")
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(given().delete("/api/chain").then(), 405, "about:blank", "/api/chain")
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", containsString("DELETE"));
    }

    @Test
    void unacceptableAcceptIs406Problem() {
        assertProblem(given().accept("text/html").get("/api/chain").then(), 406, "about:blank", "/api/chain")
                .body("detail", containsString("Accept application/json"));
        // a huge header is not echoed back whole
        String detail = assertProblem(given().accept("text/html, " + "x/y, ".repeat(4000) + "a/b").get("/api/chain")
                .then(), 406, "about:blank", "/api/chain").extract().path("detail");
        assertThat(detail.length()).isLessThan(400);
        // q=0 is "not acceptable" (RFC 9110, 12.4.2), on reads and writes alike; nothing is written
        for (String accept : new String[] { "application/json;q=0", "*/*;q=0", "text/html, application/*;q=0" }) {
            assertProblem(given().accept(accept).get("/api/chain").then(), 406, "about:blank", "/api/chain")
                    .body("detail", containsString("Accept application/json"));
        }
        given().accept("application/json;q=0").contentType("text/plain; charset=utf-8").body("refused")
                .post("/api/blocks").then().statusCode(406);
        given().accept("application/json;q=0.1, */*;q=0").get("/api/chain").then().statusCode(200);
        // the resource decides, not the raw path; and every Accept header counts
        given().urlEncodingEnabled(false).accept("application/json;q=0").get("/%61pi/chain").then().statusCode(406);
        given().config(io.restassured.RestAssured.config().headerConfig(
                io.restassured.config.HeaderConfig.headerConfig().mergeHeadersWithName("Accept")))
                .header("Accept", "*/*").header("Accept", "application/json;q=0").get("/api/chain").then()
                .statusCode(406);
        // the dashboard's pages are HTML, which such an Accept does not refuse
        given().accept("text/html, */*;q=0").get("/").then().statusCode(200);
    }

    @Test
    void busyChainIs503WithRetryAfter() {
        assertProblem(given().get("/api/test-probe/busy").then(), 503, "urn:rantai:problem:chain-unavailable",
                "/api/test-probe/busy")
                .header("Retry-After", "5")
                .body("detail", containsString("try again shortly"));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        assertProblem(given().get("/api/test-probe/bug").then(), 500, "about:blank", "/api/test-probe/bug")
                .body("title", equalTo("Internal server error"))
                .body("detail", containsString("incident"))
                .body(not(containsString("secret internal state")))
                .body(not(containsString("dev.rantai")));
    }

    @Test
    void jsonTheFrameworkCannotParseIs400Problem() {
        assertProblem(given().contentType("application/json").body("{\"host\":").post("/api/test-probe/peers").then(),
                400, "urn:rantai:problem:malformed-json", "/api/test-probe/peers");
    }

    @Test
    void jsonOfTheWrongShapeIs400Problem() {
        assertProblem(given().contentType("application/json").body("{\"host\":\"a\",\"port\":\"eighty\"}")
                .post("/api/test-probe/peers").then(), 400, "urn:rantai:problem:invalid-body",
                "/api/test-probe/peers").body("detail", containsString("eighty"));
    }

    @Test
    void pathsOutsideTheApiKeepPlainResponses() {
        given().get("/no-such-page").then().statusCode(404)
                .contentType(not(containsString("problem")));
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type,
            String instance) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("title", not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("detail", not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("instance", equalTo(instance));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
