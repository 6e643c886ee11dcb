package dev.rantai.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rules every source of peer addresses goes through (docs/protocol.md, Bounds of every field). */
class PeerAddressTest {

    @org.junit.jupiter.api.Test
    void localhostDialsTheEndpointOf127001AndOtherLoopbacksStayTheirOwn() {
        assertThat(PeerAddress.parse("LocalHost:3000").endpoint()).isEqualTo(new PeerAddress("127.0.0.1", 3000));
        assertThat(PeerAddress.parse("localhost:3000").sameEndpoint(PeerAddress.parse("127.0.0.1:3001"))).isFalse();
        assertThat(PeerAddress.parse("localhost:3000").sameEndpoint(PeerAddress.parse("[::1]:3000"))).isFalse();
        assertThat(PeerAddress.parse("127.0.0.2:3000").sameEndpoint(PeerAddress.parse("127.0.0.1:3000"))).isFalse();
        assertThat(PeerAddress.parse("node-a:3000").endpoint()).isEqualTo(PeerAddress.parse("NODE-A:3000"));
    }

    @org.junit.jupiter.api.Test
    void aZoneCountsOnlyOnALinkLocalAddressAndThereNamesTheInterface() throws Exception {
        for (String spelling : new String[] { "[::1%1]:3000", "[::1%01]:3000", "[::1%lo]:3000", "[::1%LO]:3000" }) {
            assertThat(PeerAddress.parse(spelling).endpoint()).as(spelling).isEqualTo(PeerAddress.parse("[::1]:3000"));
        }
        java.net.NetworkInterface nic = java.net.NetworkInterface.networkInterfaces().findFirst().orElseThrow();
        PeerAddress byIndex = PeerAddress.parse("[fe80::1%" + nic.getIndex() + "]:3000");
        PeerAddress byName = PeerAddress.parse("[fe80::1%" + nic.getName() + "]:3000");
        assertThat(byIndex.sameEndpoint(byName)).isTrue();
        assertThat(byIndex.endpoint().host()).isEqualTo("fe80::1%" + nic.getName());
        assertThat(PeerAddress.parse("[fe80::1%" + nic.getName() + "]:3000")
                .sameEndpoint(PeerAddress.parse("[fe80::1]:3000"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLinkLocalAddressCanBeDialledOnlyThroughAnInterfaceThisHostHas() throws Exception {
        java.net.NetworkInterface nic = java.net.NetworkInterface.networkInterfaces().findFirst().orElseThrow();
        assertThat(PeerAddress.parse("[fe80::1%" + nic.getName() + "]:3000").zoneProblem()).isEmpty();
        assertThat(PeerAddress.parse("[fe80::1%" + nic.getIndex() + "]:3000").zoneProblem()).isEmpty();
        assertThat(PeerAddress.parse("[fe80::1%nosuch9]:3000").zoneProblem()).get().asString()
                .contains("no network interface 'nosuch9'");
        assertThat(PeerAddress.parse("[fe80::1%99999]:3000").zoneProblem()).isPresent();
        assertThat(PeerAddress.parse("[fe80::1]:3000").zoneProblem()).get().asString().contains("link-local");
        // Other addresses need no zone, and take none.
        for (String other : new String[] { "[::1]:3000", "127.0.0.1:3000", "fe80.example:3000", "[2001:db8::1]:3000" }) {
            assertThat(PeerAddress.parse(other).zoneProblem()).as(other).isEmpty();
        }
        for (String zoned : new String[] { "[::1%nosuch9]:3000", "[::1%lo]:3000", "[ff02::1%nosuch]:3000" }) {
            assertThat(PeerAddress.parse(zoned).zoneProblem()).as(zoned).get().asString()
                    .contains("only a link-local address");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1:3000", "localhost:1", "node-1.rantai-p2p.default.svc.cluster.local:65535",
            "[::1]:3000", "[fe80::1%eth0]:3000", "[::ffff:10.0.0.1]:3000", "EXAMPLE.org:3000", "a:1" })
    void takesHostAndPortOfEveryKind(String text) {
        PeerAddress address = PeerAddress.parse(text);
        assertThat(PeerAddress.parse(address.toString())).isEqualTo(address);
        assertThat(address.host()).doesNotContain("[").isEqualTo(address.host().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = { "[a\r\nX-Injected: yes]:3999", "two words:3000", "<script>:3000", "1.2.3.999:3000",
            "1.2.3:3000", "010.0.0.1:3000", "host:0", "host:65536", "host:+1", "host:", ":3000", "host",
            "-host:3000", "host-:3000", "a..b:3000", "[127.0.0.1]:3000", "::1:3000", "[::g]:3000",
            "[fe80::1%]:3000", "x_y:3000", "caf\u00e9:3000", "\u202ehost:3000" })
    void refusesAnythingElseWithAShortReason(String text) {
        assertThatThrownBy(() -> PeerAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\r", "\n", "\u202e"));
        assertThat(PeerAddress.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:3001", "tcp://node-1:3000", "HTTPS://[::1]:3000", "ws+unix://a:1" })
    void aUrlIsRefusedAsAUrlNotAsAnIpv6HostWithoutBrackets(String text) {
        assertThatThrownBy(() -> PeerAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a URL; give host:port without a scheme").hasMessageNotContaining("IPv6");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u0000127.0.0.1:3011\u0000", "\u0001127.0.0.1:3011", "127.0.0.1:3011\u001f",
            "\u2003127.0.0.1:3011", "\u00a0127.0.0.1:3011", "\ufeff127.0.0.1:3011", "\u001b[31m127.0.0.1:3012\u0007",
            "127.0.0.1:30\u200b11", "\t127.0.0.1:3011", "127.0.0.1:3011\n" })
    void anInvisibleOrControlCharacterIsRefusedNeverDropped(String text) {
        assertThatThrownBy(() -> PeerAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invisible or control character (U+");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({ "[::1]:3001, [::1]:3001", "[0::1]:3001, [::1]:3001",
            "[0:0:0:0:0:0:0:1]:3001, [::1]:3001", "[::0:1]:3001, [::1]:3001", "[::ABCD]:3001, [::abcd]:3001",
            "[2001:DB8:0:0:1:0:0:1]:1, [2001:db8::1:0:0:1]:1", "[2001:db8:0:1:1:1:1:1]:1, [2001:db8:0:1:1:1:1:1]:1",
            "[2001:0db8::0001]:1, [2001:db8::1]:1", "[::]:1, [::]:1", "[1::]:1, [1::]:1",
            "[::ffff:127.0.0.1]:3001, 127.0.0.1:3001",
            "[::ffff:7f00:1]:3001, 127.0.0.1:3001", "[fe80::0001%eth0]:3000, [fe80::1%eth0]:3000" })
    void everySpellingOfAnIpv6AddressIsTheOneOfRfc5952(String text, String canonical) {
        assertThat(PeerAddress.parse(text).toString()).isEqualTo(canonical);
        assertThat(PeerAddress.parse(text)).isEqualTo(PeerAddress.parse(canonical));
    }

    @org.junit.jupiter.api.Test
    void plainSpacesAroundAnAddressAreForgiven() {
        assertThat(PeerAddress.parse("  127.0.0.1:3011 ")).isEqualTo(PeerAddress.parse("127.0.0.1:3011"));
    }

    @org.junit.jupiter.api.Test
    void refusesAHostOfAHundredThousandCharactersByItsLength() {
        assertThatThrownBy(() -> PeerAddress.parse("h".repeat(100_000) + ":3000"))
                .hasMessageContaining("at most " + PeerAddress.MAX_TEXT_CHARS + " characters");
        assertThatThrownBy(() -> new PeerAddress("h".repeat(254), 1)).hasMessageContaining("longer than 253");
        assertThat(PeerAddress.isValid("h".repeat(63) + "." + "h".repeat(63) + ":1")).isTrue();
        assertThat(PeerAddress.isValid("h".repeat(64) + ":1")).isFalse();
    }
}
