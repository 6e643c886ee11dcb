package dev.rantai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RantaiConfigKeysTest {

    @Test
    void derivesTheDecidedKeysFromTheMappingInterface() {
        // The names ARCHITECTURE.md fixes for scripts and manifests.
        assertThat(RantaiConfigKeys.keys()).contains("rantai.data-dir", "rantai.chain.difficulty",
                "rantai.chain.genesis-data", "rantai.chain.max-data-bytes", "rantai.chain.max-future-drift",
                "rantai.store.sync", "rantai.mining.threads", "rantai.p2p.host", "rantai.p2p.port",
                "rantai.p2p.peers", "rantai.p2p.book-peers", "rantai.p2p.max-peers", "rantai.p2p.target-outbound",
                "rantai.p2p.max-frame-bytes", "rantai.p2p.handshake-timeout", "rantai.p2p.idle-timeout",
                "rantai.p2p.ban-duration", "rantai.p2p.discovery.dns", "rantai.p2p.secret", "rantai.api.token",
                "rantai.console.enabled");
    }

    @Test
    void groupsAreNotKeys() {
        assertThat(RantaiConfigKeys.keys()).doesNotContain("rantai.chain", "rantai.p2p", "rantai.p2p.discovery",
                "rantai.api");
    }

    @Test
    void environmentVariablesFollowSmallRyeRules() {
        assertThat(RantaiConfigKeys.environmentVariable("rantai.p2p.discovery.dns-interval"))
                .isEqualTo("RANTAI_P2P_DISCOVERY_DNS_INTERVAL");
        assertThat(RantaiConfigKeys.environmentVariables()).contains("RANTAI_DATA_DIR", "RANTAI_API_TOKEN")
                .doesNotContain("RANTAI_P2P_DISCOVERY", "RANTAI_P2P_DISCOVERY_DSN", "RANTAI_DATADIR");
    }
}
