package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page of another site whose name was made to resolve to this node (DNS rebinding) is of the same
 * origin as the node to the browser, but its name is still in Host: a browser's request with a name the
 * node was not told it has is refused, read or write; scripts and probes pass with any name.
 */
@QuarkusTest
class DnsRebindingTest {
    static final String BROWSER = "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0";

    @Inject
    ChainService chain;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aReboundPageCanNeitherWriteNorRead() {
        long height = chain.tip().height();
        String host = "Host: rebound.example:" + root.getPort();
        String origin = "Origin: http://rebound.example:" + root.getPort();
        // What Chromium sends from a plain-HTTP page: no Sec-Fetch-* (not a trustworthy origin), its Origin on writes.
        String write = RawHttp.exchange(root, "forged", "POST /api/blocks HTTP/1.1", host, origin, BROWSER,
                "Content-Type: text/plain; charset=utf-8");
        assertThat(RawHttp.status(write)).isEqualTo(403);
        assertThat(write).contains("application/problem+json", "urn:rantai:problem:host-not-allowed",
                "rantai.http.allowed-hosts", "'rebound.example'");
        String form = RawHttp.exchange(root, "data=forged", "POST /blocks HTTP/1.1", host, origin, BROWSER,
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(RawHttp.status(form)).isEqualTo(403);
        assertThat(form).contains("text/plain", "rantai.http.allowed-hosts");
        for (String path : new String[] { "/", "/api/peers", "/api/node", "/peers" }) {
            assertThat(RawHttp.status(RawHttp.exchange(root, "", "GET " + path + " HTTP/1.1", host, BROWSER)))
                    .as(path).isEqualTo(403);
        }
        // Firefox lets a page set its own User-Agent; the Accept-Language its browser adds still gives it away.
        assertThat(RawHttp.status(RawHttp.exchange(root, "", "GET /api/peers HTTP/1.1", host, "User-Agent: curl/8.5.0",
                "Accept-Language: en-US,en;q=0.5"))).isEqualTo(403);
        // A current browser on a trustworthy origin sends Sec-Fetch-Site; it is checked too.
        assertThat(RawHttp.status(RawHttp.exchange(root, "", "GET /api/chain HTTP/1.1", "Host: rebound.localhost.example",
                "Sec-Fetch-Site: same-origin"))).isEqualTo(403);
        assertThat(chain.tip().height()).isEqualTo(height);
    }

    @Test
    void addressesLocalhostScriptsAndProbesPass() {
        for (String host : new String[] { "127.0.0.1", "localhost", "[::1]", "node.localhost" }) {
            String answer = RawHttp.exchange(root, "", "GET /api/chain HTTP/1.1", "Host: " + host + ":" + root.getPort(),
                    BROWSER, "Sec-Fetch-Site: none");
            assertThat(RawHttp.status(answer)).as(host).isEqualTo(200);
        }
        // curl, a script, a probe: no browser headers, any name (a Service's, an Ingress's).
        assertThat(RawHttp.status(RawHttp.exchange(root, "", "GET /api/chain HTTP/1.1", "Host: rantai-http.rantai:8080",
                "User-Agent: curl/8.5.0"))).isEqualTo(200);
        assertThat(RawHttp.status(RawHttp.exchange(root, "", "GET /q/health/ready HTTP/1.1", "Host: rantai-0.rantai",
                "User-Agent: kube-probe/1.30"))).isEqualTo(200);
        long height = chain.tip().height();
        assertThat(RawHttp.status(RawHttp.exchange(root, "from a script", "POST /api/blocks HTTP/1.1",
                "Host: rantai-http.rantai:8080", "Content-Type: text/plain; charset=utf-8"))).isEqualTo(201);
        assertThat(chain.tip().height()).isEqualTo(height + 1);
    }
}
