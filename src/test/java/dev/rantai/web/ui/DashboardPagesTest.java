package dev.rantai.web.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class DashboardPagesTest {
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    @Inject
    ChainService chain;

    @Inject
    dev.rantai.node.P2pService p2p;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/api/events")
    URI events;

    /** A browser session: the form cookie and the token of a page. */
    record Session(String cookie, String token) {
    }

    static Session openSession() {
        Response page = given().get("/").then().statusCode(200).extract().response();
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).isTrue();
        return new Session(page.getCookie(CsrfGuard.COOKIE), m.group(1));
    }

    @Test
    void overviewShowsTheNodeTheChainAndTheSubmitForm() {
        long height = chain.tip().height();
        given().get("/").then().statusCode(200)
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .body(containsString(chain.rules().genesis().hash()))
                .body(containsString("data-stat=\"height\">" + height + "<"))
                .body(containsString(chain.tip().hash()))
                .body(containsString("<form method=\"post\" action=\"/blocks\""))
                .body(containsString("Heights 0–" + chain.startCheck().orElseThrow().toHeight()))
                .body(containsString("checked its newest"))
                .body(containsString("/assets/rantai.css"));
    }

    @Test
    void assetsAreServedByTheNode() {
        given().get("/assets/rantai.css").then().statusCode(200).body(containsString("--accent"));
        given().get("/assets/rantai.js").then().statusCode(200).body(containsString("EventSource"));
    }

    @Test
    void aPostWithoutTheFormTokenIsRefusedAndMinesNothing() {
        long before = chain.tip().height();
        given().formParam("data", "forged").post("/blocks").then().statusCode(403)
                .body(containsString(CsrfGuard.REFUSED));
        Session s = openSession();
        given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("data", "forged").formParam("csrf", "wrong")
                .post("/blocks").then().statusCode(403);
        given().cookie(CsrfGuard.COOKIE, s.cookie()).header("Accept", "application/json").formParam("data", "forged")
                .post("/blocks").then().statusCode(403).contentType("application/problem+json");
        // The token of one browser does not serve another browser's cookie.
        Session other = openSession();
        given().cookie(CsrfGuard.COOKIE, other.cookie()).formParam("data", "forged").formParam("csrf", s.token())
                .post("/blocks").then().statusCode(403);
        assertThat(chain.tip().height()).isEqualTo(before);
    }

    @Test
    void aFormThatIsNotOneIsAClearRefusalNotA500() {
        Session s = openSession();
        long height = given().get("/api/chain").then().extract().jsonPath().getLong("height");
        String many = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "f" + i + "=1")
                .collect(java.util.stream.Collectors.joining("&"));
        String[][] cases = { { "data=%zz&csrf=" + s.token(), "400", "a % must be followed by two hex digits" },
                { many + "&data=x&csrf=" + s.token(), "400", "The form has 1003 fields" },
                { "data=ok%ff&csrf=" + s.token(), "422", "not valid UTF-8" },
                { "data=%ed%a0%80&csrf=" + s.token(), "422", "not valid UTF-8" },
                { "data=a&data=b&csrf=" + s.token(), "400", "gives data more than once" } };
        for (String[] c : cases) {
            given().cookie(CsrfGuard.COOKIE, s.cookie()).header("Accept", "application/json")
                    .contentType("application/x-www-form-urlencoded").body(c[0]).post("/blocks").then()
                    .statusCode(Integer.parseInt(c[1])).body("detail", containsString(c[2]));
        }
        given().cookie(CsrfGuard.COOKIE, s.cookie()).contentType("application/x-www-form-urlencoded")
                .body("address=%zz&csrf=" + s.token()).post("/peers").then().statusCode(400)
                .body(containsString("a % must be followed by two hex digits"));
        assertThat(given().get("/api/chain").then().extract().jsonPath().getLong("height")).isEqualTo(height);
    }

    @Test
    void aFormWithAContentCodingIsRefusedAsTheApiRefusesIt() {
        Session s = openSession();
        long height = given().get("/api/chain").then().extract().jsonPath().getLong("height");
        for (String path : new String[] { "/blocks", "/peers" }) {
            given().redirects().follow(false).cookie(CsrfGuard.COOKIE, s.cookie()).header("Content-Encoding", "gzip")
                    .formParam("csrf", s.token()).formParam("data", "coded").formParam("address", "127.0.0.1:3996")
                    .post(path).then().statusCode(415).header("Accept-Encoding", "identity")
                    .body(containsString("Content-Encoding 'gzip' is not taken"));
        }
        assertThat(given().get("/api/chain").then().extract().jsonPath().getLong("height")).isEqualTo(height);
        assertThat(given().get("/api/peers").then().extract().jsonPath().getList("findAll { it.address.endsWith(':3996') }"))
                .isEmpty();
    }

    @Test
    void aFormPostMinesTheDataAndRedirectsToTheNewBlock() {
        Session s = openSession();
        String location = given().redirects().follow(false).cookie(CsrfGuard.COOKIE, s.cookie())
                .formParam("csrf", s.token()).formParam("data", "from the form").post("/blocks")
                .then().statusCode(303).extract().header("Location");
        String hash = location.substring(location.lastIndexOf('/') + 1);
        assertThat(chain.store().byHash(hash))
                .hasValueSatisfying(b -> assertThat(b.block().data()).isEqualTo("from the form"));
        given().get(URI.create(location).getPath()).then().statusCode(200).body(containsString("from the form"));
    }

    @Test
    void theScriptGetsTheBlockAsJsonWithTheHeaderToken() {
        Session s = openSession();
        given().cookie(CsrfGuard.COOKIE, s.cookie()).header(CsrfGuard.HEADER, s.token())
                .header("Accept", "application/json").formParam("data", "from fetch").post("/blocks")
                .then().statusCode(201).contentType("application/json")
                .body("data", org.hamcrest.Matchers.equalTo("from fetch"))
                .body("canonical", org.hamcrest.Matchers.equalTo(true))
                .body("source", org.hamcrest.Matchers.equalTo("local"))
                .body("hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void badDataIsRefusedWithTheRuleAndMessageOfTheChain() {
        Session s = openSession();
        var violation = chain.rules().checkData("").orElseThrow();
        given().cookie(CsrfGuard.COOKIE, s.cookie()).header(CsrfGuard.HEADER, s.token())
                .header("Accept", "application/json").formParam("data", "").post("/blocks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:rantai:problem:rule-violation"))
                .body("rule", org.hamcrest.Matchers.equalTo("data-empty"))
                .body("detail", org.hamcrest.Matchers.equalTo(violation.detail()));
        // The API says the same about the same data.
        given().contentType("application/json").body("{\"data\":\"\"}").post("/api/blocks")
                .then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo("data-empty"))
                .body("detail", org.hamcrest.Matchers.equalTo(violation.detail()));
        // Without the script, the overview comes back with the error and the typed data.
        String tooLarge = "x".repeat(chain.rules().params().maxDataBytes() + 1);
        given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token()).formParam("data", tooLarge)
                .post("/blocks").then().statusCode(413)
                .body(containsString(chain.rules().checkData(tooLarge).orElseThrow().message()));
    }

    @Test
    void theBlockPageShowsEveryFieldAndEscapesHtmlInData() {
        var block = chain.submit("<script>alert('x')</script><b>bold</b>").join();
        String page = given().get("/blocks/" + block.index()).then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<b>bold</b>")))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
                .extract().asString();
        assertThat(page).contains(block.hash(), block.previousHash(), Long.toString(block.nonce()),
                Long.toString(block.timestamp()), "/blocks/" + block.previousHash());
        given().get("/blocks/" + block.hash()).then().statusCode(200).body(containsString("Block " + block.index()));
    }

    @Test
    void jsonDataIsPrettyPrintedAndLongDataFolded() {
        var json = chain.submit("{\"a\":1,\"b\":[true,null]}").join();
        given().get("/blocks/" + json.hash()).then().statusCode(200)
                .body(containsString("{\n  &quot;a&quot; : 1,"))
                .body(containsString("JSON (shown pretty-printed)"));
        var longData = chain.submit("line\n".repeat(100)).join();
        given().get("/blocks/" + longData.hash()).then().statusCode(200)
                .body(containsString("<details class=\"data\">"));
        var shortData = chain.submit("short").join();
        given().get("/blocks/" + shortData.hash()).then().statusCode(200)
                .body(not(containsString("<details class=\"data\">")));
    }

    @Test
    void thePreviousAndNextLinksWalkTheChain() {
        var first = chain.submit("walk 1").join();
        var second = chain.submit("walk 2").join();
        given().get("/blocks/" + first.index()).then().statusCode(200)
                .body(containsString("href=\"/blocks/" + second.hash() + "\" rel=\"next\""))
                .body(containsString("href=\"/blocks/" + first.previousHash() + "\" rel=\"prev\""));
        given().get("/blocks/0").then().statusCode(200).body(containsString("Genesis: no previous block"));
    }

    @Test
    void theBlockListPagesByHeight() {
        for (int i = 0; i < 3; i++) {
            chain.submit("page " + i).join();
        }
        long tip = chain.tip().height();
        given().get("/blocks?limit=2").then().statusCode(200)
                .body(containsString("data-height=\"" + tip + "\""))
                .body(containsString("data-height=\"" + (tip - 1) + "\""))
                .body(not(containsString("data-height=\"" + (tip - 2) + "\"")))
                .body(containsString("/blocks?before=" + (tip - 1) + "&amp;limit=2\" rel=\"next\""))
                .body(containsString("data-live=\"blocks\""));
        given().get("/blocks?before=" + (tip - 1) + "&limit=2").then().statusCode(200)
                .body(containsString("data-height=\"" + (tip - 2) + "\""))
                .body(not(containsString("data-height=\"" + tip + "\"")))
                .body(not(containsString("data-live=\"blocks\"")));
    }

    @Test
    void searchLeadsToTheBlockAndUnknownBlocksAre404() {
        given().redirects().follow(false).get("/search?q=0").then().statusCode(303)
                .header("Location", containsString("/blocks/0"));
        given().get("/search?q=" + chain.rules().genesis().hash()).then().statusCode(200)
                .body(containsString("Block 0"));
        given().get("/blocks/999999999").then().statusCode(404).body(containsString("No such block"));
        given().get("/blocks/{id}", "<script>").then().statusCode(404).body(containsString("&lt;script&gt;"));
    }

    @Test
    void peersAreAddedAndRemovedWithTheFormsOfThePeersPage() {
        given().get("/peers").then().statusCode(200).body(containsString("Add a peer"))
                .body(containsString("<label for=\"peer-address\">"));
        Session s = openSession();
        // Port 1 on loopback: nothing listens there, so the peer stays known but not connected.
        given().redirects().follow(false).cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                .formParam("address", "127.0.0.1:1").post("/peers").then().statusCode(303)
                .header("Location", containsString("/peers"));
        given().get("/peers").then().statusCode(200).body(containsString("data-peer=\"127.0.0.1:1\""));
        given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                .formParam("address", "no port here").post("/peers").then().statusCode(400)
                .body(containsString("class=\"status error\""));
        given().formParam("address", "127.0.0.1:2").post("/peers").then().statusCode(403);
        given().redirects().follow(false).cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                .formParam("address", "127.0.0.1:1").post("/peers/remove").then().statusCode(303);
        given().get("/peers").then().statusCode(200).body(not(containsString("data-peer=\"127.0.0.1:1\"")));
        given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                .formParam("address", "127.0.0.1:1").post("/peers/remove").then().statusCode(404)
                .body(containsString("127.0.0.1:1 is not a peer this node dials"));
    }

    @Test
    void aBanIsLiftedWithTheFormOfItsRow() {
        int port = p2p.node().orElseThrow().port();
        try {
            assertThat(dev.rantai.p2p.RawPeer.getBanned(port, chain.rules().genesis().hash(),
                    chain.tip().height(), chain.tip().block().hash())).contains("banned");
            String page = given().get("/peers").then().statusCode(200).extract().asString();
            int row = page.indexOf("<tr data-peer=\"127.0.0.1\">");
            assertThat(row).isPositive();
            String banned = page.substring(row, page.indexOf("</tr>", row));
            // A banned address is not a peer the node dials: it can be let back in, not removed.
            assertThat(banned).contains("action=\"/peers/unban\"", "Lift ban").doesNotContain("/peers/remove");
            Session s = openSession();
            given().formParam("address", "127.0.0.1").post("/peers/unban").then().statusCode(403);
            given().redirects().follow(false).cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                    .formParam("address", "127.0.0.1").post("/peers/unban").then().statusCode(303)
                    .header("Location", containsString("/peers"));
            given().get("/peers").then().statusCode(200).body(not(containsString("data-peer=\"127.0.0.1\"")));
            given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token())
                    .formParam("address", "127.0.0.1").post("/peers/unban").then().statusCode(404)
                    .body(containsString("No ban on 127.0.0.1 is in force"));
        } finally {
            p2p.node().orElseThrow().liftBans(new dev.rantai.p2p.peer.PeerAddress("127.0.0.1", 1),
                    java.util.OptionalInt.empty()).join();
        }
    }

    @Test
    void badPagingParametersGetTheApisErrorsOnThePage() {
        for (String query : List.of("limit=abc", "limit=", "limit=0", "limit=501", "limit=%EF%BC%95", "before=-5",
                "before=", "before=%D9%A2", "before=0", "before=1x")) {
            Response answer = given().urlEncodingEnabled(false).get("/blocks?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            answer.then().contentType(containsString("text/html"))
                    .body(containsString("Invalid parameter"))
                    .body(containsString(query.startsWith("limit") ? "limit " : "before "));
        }
        given().get("/blocks?limit=500").then().statusCode(200);
        // A parameter the page does not know is not an error: only the known ones are read.
        given().get("/blocks?size=abc").then().statusCode(200);
    }

    @Test
    void aHashPrefixFindsItsBlockOrListsTheBlocksThatShareIt() {
        Block block = chain.submit("prefix search").join();
        String shown = block.hash().substring(0, 12);
        given().redirects().follow(false).get("/search?q=" + shown + "…").then().statusCode(303)
                .header("Location", containsString("/blocks/" + shown));
        given().redirects().follow(false).get("/blocks/" + shown.toUpperCase(java.util.Locale.ROOT)).then()
                .statusCode(303).header("Location", endsWith("/blocks/" + block.hash()));
        // Hashes start with zeros, so a prefix of digits alone is still a prefix, not a height.
        given().redirects().follow(false).get("/blocks/0012345678").then().statusCode(404);
        given().redirects().follow(false).get("/blocks/1").then().statusCode(200);
        // Fewer than six digits is not searched: too many blocks would match.
        given().get("/blocks/" + block.hash().substring(0, 5) + "z").then().statusCode(404)
                .body(containsString("at least 6"));
    }

    @Test
    void aPrefixThatSeveralBlocksShareListsThem() {
        // Difficulty 8: six hex digits leave 16 random bits, so a pair turns up after about 320 blocks.
        java.util.Map<String, List<String>> byPrefix = new java.util.HashMap<>();
        for (int i = 0; i < 2_000 && byPrefix.values().stream().noneMatch(l -> l.size() > 1); i++) {
            Block b = chain.submit("shared prefix " + i).join();
            byPrefix.computeIfAbsent(b.hash().substring(0, 6), k -> new java.util.ArrayList<>()).add(b.hash());
        }
        var shared = byPrefix.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().orElseThrow();
        var body = given().get("/blocks/" + shared.getKey()).then().log().ifValidationFails().statusCode(200)
                .body(containsString("Blocks whose hash starts with"));
        shared.getValue().forEach(h -> body.body(containsString("href=\"/blocks/" + h + "\"")));
    }

    @Test
    void theBlockPageShowsConfirmationsTheJsonAndWhereTheBlockCameFrom() {
        Block block = chain.submit("confirm me").join();
        chain.submit("one more").join();
        given().get("/blocks/" + block.hash()).then().statusCode(200)
                .body(containsString("data-confirmations=\"" + (chain.tip().height() - block.index() + 1) + "\""))
                .body(containsString("href=\"/api/blocks/" + block.hash() + "\""))
                .body(containsString("local: mined here"))
                .body(containsString("data-copy=\"" + block.hash() + "\""));
        given().get("/blocks/0").then().statusCode(200).body(containsString("The genesis"))
                .body(not(containsString("1970-01-01")));
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("svg"));
    }

    @Test
    void theInspectorsTypeFilterOffersEveryMessageTypeOfTheProtocol() {
        String html = given().get("/network").then().statusCode(200).extract().asString();
        String filter = html.substring(html.indexOf("<select id=\"f-type\""),
                html.indexOf("</select>", html.indexOf("id=\"f-type\"")));
        assertThat(dev.rantai.p2p.wire.Message.types()).hasSize(10).contains("auth", "hello", "block", "blocks", "bye");
        for (String type : dev.rantai.p2p.wire.Message.types()) {
            assertThat(filter).as("the type filter").contains("<option>" + type + "</option>");
        }
    }

    @Test
    void theNetworkPageShowsTheMapAsATableAndLoadsItsScriptsFromTheNode() {
        given().get("/network").then().statusCode(200)
                .body(containsString("<table class=\"stack\" id=\"map-table\">"))
                .body(containsString("(this node)"))
                .body(containsString("id=\"inspector\""))
                .body(containsString("src=\"/webjars/uplot/dist/uPlot.iife.min.js\""))
                // It shows no blocks or message feed: its event stream asks for the peers only.
                .body(containsString("<meta name=\"live-events\" content=\"peers\">"));
        given().get("/").then().statusCode(200).body(not(containsString("name=\"live-events\"")));
        given().get("/webjars/uplot/dist/uPlot.iife.min.js").then().statusCode(200)
                .body(containsString("uPlot"));
        given().get("/assets/network.js").then().statusCode(200);
    }

    /**
     * The newest block has the time since the one before it; the block after the genesis (whose
     * timestamp is 0) has none. The test classes that share this node may have mined more than the
     * 1,000 blocks asked for, so height 1 is checked where it is among them.
     */
    @Test
    void theTimingsOfTheBlockAfterTheGenesisHaveNoInterval() {
        chain.submit("timed").join();
        chain.submit("timed again").join();
        List<Map<String, Object>> points = given().get("/api/chain/timings?blocks=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(points.get(points.size() - 1).get("intervalMillis")).as("the newest block's interval").isNotNull();
        points.stream().filter(p -> ((Number) p.get("height")).longValue() == 1)
                .forEach(p -> assertThat(p.get("intervalMillis")).as("the block after the genesis").isNull());
    }

    @Test
    void aBlockPageSaysHowTheBlockGotHere() {
        Block block = chain.submit("where from").join();
        given().get("/blocks/" + block.hash()).then().statusCode(200)
                .body(containsString("How it got here"))
                .body(containsString("mined here for data given to this node"));
        given().get("/blocks/0").then().statusCode(200).body(containsString("the genesis: computed by every node"));
    }

    @Test
    void aRefusedFormSubmissionIsCountedLikeTheApis() {
        Session s = openSession();
        double before = registry.counter("rantai.submissions.rejected", "reason", "data-empty").count();
        given().cookie(CsrfGuard.COOKIE, s.cookie()).header(CsrfGuard.HEADER, s.token()).accept("application/json")
                .formParam("data", "").post("/blocks").then().statusCode(422)
                .contentType(containsString("application/problem+json")).body("rule", equalTo("data-empty"));
        given().cookie(CsrfGuard.COOKIE, s.cookie()).formParam("csrf", s.token()).formParam("data", "")
                .post("/blocks").then().statusCode(422).body(containsString("data-empty"));
        assertThat(registry.counter("rantai.submissions.rejected", "reason", "data-empty").count())
                .isEqualTo(before + 2);
    }

    @Test
    void theOverviewShowsTheNodeIdAndP2pAddress() {
        given().get("/").then().statusCode(200)
                .body(containsString(p2p.node().orElseThrow().nodeId()))
                .body(containsString(":" + p2p.node().orElseThrow().port()));
    }

    @Test
    void theEventStreamAnnouncesNewBlocks() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
                HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // the stream ends when the test closes it
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains("event: hello"));
            var block = chain.submit("streamed").join();
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream()
                    .anyMatch(l -> l.startsWith("data: ") && l.contains(block.hash())
                            && l.contains("\"preview\":\"streamed\"")));
            assertThat(lines).contains("event: block", "event: tip");
        } finally {
            response.body().close();
        }
    }
}
