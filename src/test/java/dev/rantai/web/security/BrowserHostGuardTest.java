package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BrowserHostGuardTest {
    private static final BrowserHostGuard.Rule NONE = BrowserHostGuard.Rule.of(List.of());

    @Test
    void ipAddressesAndLocalhostCannotBeReboundAndAreAlwaysAllowed() {
        for (String host : List.of("127.0.0.1", "10.1.2.3", "[::1]", "::1", "[fe80::1]", "localhost", "LocalHost",
                "localhost.", "app.localhost")) {
            assertThat(NONE.allows(host)).as(host).isTrue();
        }
    }

    @Test
    void anyOtherNameMustBeConfigured() {
        for (String host : List.of("rebound.example", "127.0.0.1.nip.io", "localhost.example", "1.2.3", "",
                "rantai.example.org.evil", "xlocalhost")) {
            assertThat(NONE.allows(host)).as(host).isFalse();
        }
        BrowserHostGuard.Rule rule = BrowserHostGuard.Rule.of(List.of(" Rantai.Example.org ", ".lab.example.", ""));
        assertThat(rule.allows("rantai.example.org")).isTrue();
        assertThat(rule.allows("RANTAI.example.org.")).isTrue();
        assertThat(rule.allows("lab.example")).isTrue();
        assertThat(rule.allows("node-1.lab.example")).isTrue();
        assertThat(rule.allows("www.rantai.example.org")).isFalse();
        assertThat(rule.allows("evillab.example")).isFalse();
        assertThat(rule.allows("rebound.example")).isFalse();
        assertThat(BrowserHostGuard.Rule.of(List.of("*")).allows("rebound.example")).isTrue();
    }

    @Test
    void aConfiguredEntryIsANameWithoutPortOrScheme() {
        for (String ok : List.of("rantai.example.org", ".example.org", "*", "node-1", "example.org.", "::1", "10.0.0.1")) {
            assertThat(BrowserHostGuard.entryProblem(ok)).as(ok).isEmpty();
        }
        assertThat(BrowserHostGuard.entryProblem("rantai.example.org:8080")).get().asString()
                .contains("without scheme, port or path");
        assertThat(BrowserHostGuard.entryProblem("https://rantai.example.org")).get().asString()
                .contains("without scheme, port or path");
        assertThat(BrowserHostGuard.entryProblem("under_score.example")).get().asString()
                .contains("only letters, digits, hyphens and dots");
        assertThat(BrowserHostGuard.entryProblem("*.example.org")).get().asString().contains("write '.example.org'");
        assertThat(BrowserHostGuard.entryProblem("[::1]")).isEmpty();
    }
}
