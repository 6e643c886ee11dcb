package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * DNS rebinding, seen in Debian's Chromium: the browser is told that {@code rebound.example} resolves to
 * 127.0.0.1 (as an attacker's DNS would answer once the page is loaded), so a page of that name is, to
 * the browser, of the node's own origin. Its reads and writes are refused by name; the node's own
 * address still works in the same browser.
 */
@QuarkusTest
class DnsRebindingBrowserTest {
    @Inject
    ChainService chain;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aPageWhoseNameResolvesToTheNodeCannotUseIt() {
        long height = chain.tip().height();
        try (Browser browser = new Browser("--host-resolver-rules=MAP rebound.example 127.0.0.1",
                "--disable-features=HttpsUpgrades")) {
            String rebound = "http://rebound.example:" + root.getPort();
            browser.driver().get(rebound + "/");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("not known by the name 'rebound.example'", "rantai.http.allowed-hosts");
            // The page's own scripts, same-origin to the browser: a write and a read of the API.
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = (Map<String, Object>) browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    Promise.all([
                      fetch('/api/blocks', {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: 'rebound'}),
                      fetch('/api/peers')
                    ]).then(([w, r]) => done({write: w.status, read: r.status}), e => done({error: String(e)}));
                    """);
            assertThat(answers).containsEntry("write", 403L).containsEntry("read", 403L);
            assertThat(chain.tip().height()).isEqualTo(height);

            // The same browser by the node's address: the dashboard as usual.
            browser.driver().get("http://127.0.0.1:" + root.getPort() + "/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }
}
