package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A request line that names another protocol or version than HTTP/1.0 and 1.1 is refused, never answered in it. */
@QuarkusTest
class RequestLineVersionTest {
    @TestHTTPResource("/")
    URL root;

    @Inject
    ChainService chain;

    @Test
    void aChunkedBodyWithABrokenChunkSizeIsDroppedWithItsConnectionAndTakesNothing() {
        long height = chain.tip().height();
        for (String size : new String[] { "zz", "-5", "1;" + "x".repeat(9000) }) {
            String answer = RawHttp.exchange(root, size + "\r\nhello\r\n0\r\n\r\n", "POST /api/blocks HTTP/1.1",
                    "Host: localhost", "Content-Type: text/plain; charset=utf-8", "Transfer-Encoding: chunked");
            assertThat(answer).as(size).doesNotContain(" 201 ");
        }
        assertThat(chain.tip().height()).isEqualTo(height);
    }

    @Test
    void anotherVersionGets505AndAClosedConnection() {
        for (String version : new String[] { "HTTP/3.0", "HTTP/2.0", "HTTP/0.9", "FOO/1.1", "HTTP/1.2" }) {
            String answer = RawHttp.exchange(root, "", "GET /api/chain " + version, "Host: localhost");
            assertThat(answer).as(version).startsWith("HTTP/1.1 505 ");
            assertThat(answer.toLowerCase()).as(version).contains("connection: close");
            assertThat(answer).as(version).contains("application/problem+json")
                    .contains("speaks HTTP/1.1 and HTTP/1.0").doesNotContain("\"height\"");
        }
        String page = RawHttp.exchange(root, "", "GET / HTTP/3.0", "Host: localhost");
        assertThat(page).startsWith("HTTP/1.1 505 ");
        assertThat(page).contains("text/plain");
        for (String version : new String[] { "HTTP/1.1", "HTTP/1.0" }) {
            String answer = RawHttp.exchange(root, "", "GET /api/chain " + version, "Host: localhost");
            assertThat(answer).as(version).startsWith(version + " 200");
        }
    }
}
