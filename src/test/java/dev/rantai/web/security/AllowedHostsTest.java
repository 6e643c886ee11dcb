package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The names an operator gives in rantai.http.allowed-hosts reach the node from a browser; others do not. */
@QuarkusTest
@TestProfile(AllowedHostsTest.Named.class)
class AllowedHostsTest {
    public static class Named implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rantai.http.allowed-hosts", "rantai.example.org,.lab.example");
        }
    }

    @TestHTTPResource("/")
    URL root;

    private int get(String host) {
        return RawHttp.status(RawHttp.exchange(root, "", "GET / HTTP/1.1", "Host: " + host, DnsRebindingTest.BROWSER,
                "Sec-Fetch-Site: none"));
    }

    @Test
    void configuredNamesAndTheirSubdomainsPass() {
        assertThat(get("rantai.example.org")).isEqualTo(200);
        assertThat(get("RANTAI.EXAMPLE.ORG.:443")).isEqualTo(200);
        assertThat(get("node-1.lab.example:8080")).isEqualTo(200);
        assertThat(get("lab.example")).isEqualTo(200);
        assertThat(get("127.0.0.1")).isEqualTo(200);
        assertThat(get("www.rantai.example.org")).isEqualTo(403);
        assertThat(get("rebound.example")).isEqualTo(403);
        // The page of a configured name writes like the node's own pages.
        String port = ":" + root.getPort();
        assertThat(RawHttp.status(RawHttp.exchange(root, "from the named page", "POST /api/blocks HTTP/1.1",
                "Host: rantai.example.org" + port, "Origin: http://rantai.example.org" + port, DnsRebindingTest.BROWSER,
                "Content-Type: text/plain; charset=utf-8"))).isEqualTo(201);
    }
}
