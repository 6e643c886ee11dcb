package dev.rantai.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests that the node refuses before routing carry their raw path to the HTTP metrics unless a
 * pattern gives them a template. Micrometer keeps at most 100 URI tags: past that, new endpoints
 * vanish from {@code http_server_requests_seconds}. A stranger's 300 refused requests, each to
 * another address, must neither fill the tags nor hide an endpoint first used after them.
 */
@QuarkusTest
class HttpUriTagsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void refusedRequestsToManyAddressesShareTheirTemplateAndHideNoEndpoint() throws IOException {
        for (int i = 0; i < 100; i++) {
            // another site's write: refused (403) before any resource runs
            given().header("Sec-Fetch-Site", "cross-site").delete("/api/peers/10.0.0." + i + ":3000").then()
                    .statusCode(403);
            // a method the path does not have: 405
            given().put("/api/blocks/" + (1000 + i)).then().statusCode(405);
            // a path that does not decode: 400 (no client library sends one, so it goes over a socket)
            assertThat(raw("GET /api/blocks/%zz" + i + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            // the same anywhere else: no template fits, so no path of the stranger's choosing becomes a tag
            assertThat(raw("GET /x" + i + "%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
        }
        for (int i = 0; i < 110; i++) {
            // OPTIONS, which the framework answers 200 on any path, and methods of the stranger's making
            given().options("/api/fill" + i).then().statusCode(200);
            given().request("M" + i, "/api/chain").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        }
        given().get("/api/chain/timings?blocks=1").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/chain/timings\"");
        assertThat(metrics).doesNotContain("uri=\"/api/peers/10.0.0.").doesNotContain("uri=\"/api/blocks/10")
                .doesNotContain("uri=\"/api/blocks/%zz").doesNotContain("uri=\"/x")
                .contains("status=\"400\",uri=\"UNKNOWN\"").doesNotContain("uri=\"/api/fill")
                .doesNotContain("method=\"M").contains("method=\"UNKNOWN\"")
                .contains("method=\"OPTIONS\",outcome=\"SUCCESS\",status=\"200\",uri=\"UNKNOWN\"");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
