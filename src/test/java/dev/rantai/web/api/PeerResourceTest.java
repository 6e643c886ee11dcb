package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.OptionalInt;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.rantai.node.P2pService;
import dev.rantai.p2p.RawPeer;
import dev.rantai.p2p.TestNode;
import dev.rantai.p2p.peer.PeerAddress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PeerResourceTest {
    private static TestNode remote;

    @BeforeAll
    static void startRemoteNode() throws Exception {
        remote = TestNode.start(Files.createTempDirectory("rantai-remote"), 8);
    }

    @AfterAll
    static void stopRemoteNode() {
        remote.close();
    }

    @Inject
    P2pService p2p;

    @Test
    void theOperatorLiftsABanByIpOrByTheAddressTheApiLists() {
        String genesis = given().get("/api/blocks/0").then().statusCode(200).extract().path("hash");
        var tip = given().get("/api/chain").then().statusCode(200).extract().jsonPath();
        int port = p2p.node().orElseThrow().port();
        try {
            assertThat(RawPeer.getBanned(port, genesis, tip.getLong("height"), tip.getString("tip")))
                    .contains("banned: invalid block");
            given().get("/api/peers").then().statusCode(200)
                    .body("find { it.address == '127.0.0.1' }.state", equalTo("banned"))
                    .body("find { it.address == '127.0.0.1' }.banReason", containsString("invalid block"));
            // The bare IP is not a peer to remove: the answer names the way to lift its ban.
            given().delete("/api/peers/127.0.0.1").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("DELETE /api/peers/{ip}/ban"));
            given().delete("/api/peers/127.0.0.1/ban").then().statusCode(204);
            given().get("/api/peers").then().statusCode(200).body("address", not(hasItem("127.0.0.1")));
            try (RawPeer back = new RawPeer(port)) {
                back.handshake(back.hello(genesis, 0, genesis, java.math.BigInteger.ONE), java.util.Optional.empty());
            }
        } finally {
            p2p.node().orElseThrow().liftBans(new PeerAddress("127.0.0.1", 1), OptionalInt.empty()).join();
        }
        given().delete("/api/peers/127.0.0.1/ban").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rantai:problem:ban-not-found"))
                .body("detail", containsString("No ban on 127.0.0.1 is in force"));
        // IPv6, with or without brackets, percent-encoded or not; and host:port
        given().urlEncodingEnabled(false).delete("/api/peers/%5B%3A%3A1%5D/ban").then().statusCode(404)
                .body("detail", containsString("No ban on ::1 "));
        given().urlEncodingEnabled(false).delete("/api/peers/0:0:0:0:0:0:0:1/ban").then().statusCode(404)
                .body("detail", containsString("No ban on ::1 "));
        given().urlEncodingEnabled(false).delete("/api/peers/%5B::1%5D:3001/ban").then().statusCode(404)
                .body("detail", containsString("No ban on [::1]:3001 "));
        // A control character is refused, never dropped.
        for (String hidden : new String[] { "%0D%0A127.0.0.1%0D%0A", "%09127.0.0.1", "127.0.0.1%0A" }) {
            given().urlEncodingEnabled(false).delete("/api/peers/" + hidden + "/ban").then().statusCode(400)
                    .body("detail", containsString("control character"));
        }
        // Bans are by IP: a name, or what is no address at all, is a 400 that says so.
        given().delete("/api/peers/example.com/ban").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rantai:problem:invalid-peer-address"))
                .body("detail", containsString("bans are kept by IP address"));
        given().delete("/api/peers/999.1.1.1/ban").then().statusCode(400)
                .body("detail", containsString("not an IPv4 address"));
    }

    @Test
    void nodeDescribesItself() {
        given().get("/api/node").then().statusCode(200)
                .body("nodeId", matchesPattern("[0-9a-f]{32}"))
                .body("network", matchesPattern("[0-9a-f]{64}"))
                .body("agent", startsWith("rantai/"))
                .body("protocolVersion", equalTo(2))
                .body("addresses.size()", equalTo(1))
                .body("uptimeSeconds", notNullValue());
    }

    @Test
    void aPeerAddedAtRuntimeConnectsSyncsAndCanBeRemoved() {
        String address = remote.address().toString();
        remote.mine("remote ", 3);
        given().contentType(ContentType.JSON).body("{\"address\":\"" + address + "\"}").post("/api/peers")
                .then().statusCode(202).body("address", equalTo(address));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/peers").then()
                .statusCode(200)
                .body("find { it.address == '" + address + "' }.state", equalTo("connected"))
                .body("find { it.address == '" + address + "' }.direction", equalTo("outbound"))
                .body("find { it.address == '" + address + "' }.nodeId", equalTo(remote.p2p.nodeId()))
                .body("find { it.address == '" + address + "' }.configured", equalTo(true))
                .body("find { it.address == '" + address + "' }.rttMillis", notNullValue()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/node").then()
                .body("height", equalTo((int) remote.height())).body("peers", equalTo(1)));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'p2p' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'p2p' }.data.blocksBehind", equalTo(0));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("rantai_p2p_peers{direction=\"outbound\"} 1.0"))
                .body(containsString("rantai_p2p_messages_total{direction=\"in\",type=\"hello\"}"))
                // Which side syncs from which depends on the work this shared test node already has.
                .body(matchesPattern("(?s).*rantai_p2p_messages_total\\{direction=\"(in|out)\",type=\"blocks\"\\}.*"));

        given().delete("/api/peers/" + address).then().statusCode(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/node").then()
                .body("peers", equalTo(0)));
        given().delete("/api/peers/" + address).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("title", equalTo("No such peer"));
    }

    @Test
    void aBadAddressIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"address\":\"no-port-here\"}").post("/api/peers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-peer-address"))
                .body("title", equalTo("Invalid peer address"))
                .body("status", equalTo(400))
                .body("detail", containsString("host:port"));
        given().contentType(ContentType.JSON).body("{}").post("/api/peers").then().statusCode(400);
    }

    @Test
    void aBodyThatIsNotOneStringFieldAddressIsRefusedNotCoercedOrIgnored() {
        String[][] cases = { { "{\"addr\":\"127.0.0.1:3971\"}", "invalid-body", "Unknown field(s) [addr]" },
                { "{\"address\":3971}", "invalid-body", "must be a string, not number" },
                { "{\"address\":\"127.0.0.1:3971\",\"note\":1}", "invalid-body", "the only field is \"address\"" },
                { "{\"address\":null}", "invalid-body", "is null; it must be a string" },
                { "[\"127.0.0.1:3971\"]", "invalid-body", "must be a JSON object" },
                { "{\"address\":\"127.0.0.1:3971\",\"address\":\"127.0.0.1:3972\"}", "malformed-json", "Duplicate field" },
                { "{\"address\":\"127.0.0.1:3971\"} x", "malformed-json", "line 1" } };
        for (String[] c : cases) {
            given().contentType(ContentType.JSON).body(c[0]).post("/api/peers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:rantai:problem:" + c[1]))
                    .body("detail", containsString(c[2]));
        }
        given().get("/api/peers").then().statusCode(200).body("address", org.hamcrest.Matchers.not(hasItem(
                org.hamcrest.Matchers.startsWith("127.0.0.1:397"))));
    }

    @Test
    void onlyJsonIsTakenAndTheRefusalSaysSo() {
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "application/xml" }) {
            given().contentType(type).body("{\"address\":\"127.0.0.1:3973\"}").post("/api/peers")
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("urn:rantai:problem:unsupported-media-type"))
                    .body("detail", containsString("not accepted by POST /api/peers. Send application/json"))
                    .body("detail", org.hamcrest.Matchers.not(containsString("text/plain.")));
        }
        given().contentType("application/json; charset=ISO-8859-1").body("{\"address\":\"127.0.0.1:3973\"}")
                .post("/api/peers").then().statusCode(415).body("detail", containsString("charset=ISO-8859-1"));
    }

    @Test
    void addressesThatAreNotHostAndPortAreRefusedAndNeverKept() {
        for (String bad : new String[] { "[a\r\nX-Injected: yes]:3999", "h".repeat(100_000) + ":3000",
                "two words:3000", "<script>alert(1)</script>:3000", "1.2.3.999:3000", "host:0", "-host:3000" }) {
            given().contentType(ContentType.JSON)
                    .body(java.util.Map.of("address", bad)).post("/api/peers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", containsString("invalid-peer-address"))
                    .body("detail.length()", org.hamcrest.Matchers.lessThan(400));
        }
        given().get("/api/peers").then().statusCode(200)
                .body("address", org.hamcrest.Matchers.everyItem(matchesPattern("[0-9a-z.:\\[\\]-]+")));
    }

    @Test
    void aLinkLocalAddressNeedsTheZoneOfAnInterfaceThisHostHas() {
        given().contentType(ContentType.JSON).body("{\"address\":\"[fe80::1%nosuch9]:3001\"}").post("/api/peers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-peer-address"))
                .body("detail", containsString("no network interface 'nosuch9'"));
        given().contentType(ContentType.JSON).body("{\"address\":\"[fe80::1]:3001\"}").post("/api/peers")
                .then().statusCode(400).body("detail", containsString("give the interface it is reached through"));
        given().contentType(ContentType.JSON).body("{\"address\":\"[::1%nosuch9]:3001\"}").post("/api/peers")
                .then().statusCode(400).body("detail", containsString("give [::1]:3001"));
        given().get("/api/peers").then().statusCode(200).body("address", not(hasItem(containsString("fe80"))));
    }

    @Test
    void aBodyWithAContentCodingIsRefusedNotReadAsTheAddress() {
        given().contentType(ContentType.JSON).header("Content-Encoding", "gzip")
                .body("{\"address\":\"127.0.0.1:3997\"}").post("/api/peers").then().statusCode(415)
                .header("Accept-Encoding", "identity").body("detail", containsString("Content-Encoding 'gzip'"));
        assertThat(given().get("/api/peers").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.address.endsWith(':3997') }")).isEmpty();
    }

    @Test
    void oneEndpointUnderTwoNamesIsOnePeer() {
        given().contentType(ContentType.JSON).body("{\"address\":\"localhost:3998\"}").post("/api/peers").then()
                .statusCode(202).body("address", equalTo("localhost:3998"));
        given().contentType(ContentType.JSON).body("{\"address\":\"127.0.0.1:3998\"}").post("/api/peers").then()
                .statusCode(202).header("Location", "/api/peers/localhost:3998").body("address", equalTo("localhost:3998"));
        assertThat(given().get("/api/peers").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.address.endsWith(':3998') }.address")).containsExactly("localhost:3998");
        given().delete("/api/peers/127.0.0.1:3998").then().statusCode(204);
        assertThat(given().get("/api/peers").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.address.endsWith(':3998') }")).isEmpty();
    }

    @Test
    void theNodesOwnAddressIsRefusedAndNotKept() {
        String bound = given().get("/api/node").then().statusCode(200).extract().jsonPath().getString("addresses[0]");
        String port = bound.substring(bound.lastIndexOf(':') + 1);
        // the node listens on the wildcard, IPv4 and IPv6 alike
        for (String own : new String[] { "127.0.0.1:" + port, "localhost:" + port, "0.0.0.0:" + port, "[::1]:" + port,
                "[::]:" + port, "[::1%1]:" + port }) {
            given().contentType(ContentType.JSON).body("{\"address\":\"" + own + "\"}").post("/api/peers").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:rantai:problem:invalid-peer-address"))
                    .body("detail", containsString("this node's own P2P address"));
        }
        assertThat(given().get("/api/peers").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.address.endsWith(':" + port + "') }")).isEmpty();
    }

    @Test
    void theLocationOfAnIpv6PeerCanBeUsedAsReturned() {
        String location = given().contentType(ContentType.JSON).body("{\"address\":\"[::1]:3999\"}")
                .post("/api/peers").then().statusCode(202).extract().header("Location");
        assertThat(location).isEqualTo("/api/peers/%5B::1%5D:3999");
        given().urlEncodingEnabled(false).delete(location).then().statusCode(204);
        given().urlEncodingEnabled(false).delete(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLoneNodeIsReady() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("p2p"));
    }
}
