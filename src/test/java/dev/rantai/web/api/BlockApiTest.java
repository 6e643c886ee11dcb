package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockHeader;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.Hashes;
import dev.rantai.chain.ProofOfWork;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class BlockApiTest {
    @Inject
    ChainService chain;

    @Test
    void chainSummaryNamesTheNetworkByItsGenesisAndShowsTheTip() {
        Block genesis = chain.rules().genesis();
        submitJson("summary check");
        var tip = chain.tip();
        given().when().get("/api/chain")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("network", equalTo(genesis.hash()))
                .body("genesis.hash", equalTo(genesis.hash()))
                .body("genesis.index", equalTo(0))
                .body("genesis.data", equalTo(genesis.data()))
                .body("genesis.canonical", equalTo(true))
                .body("height", equalTo((int) tip.height()))
                .body("tip", equalTo(tip.hash()))
                .body("tipTimestamp", equalTo(tip.block().timestamp()))
                .body("work", equalTo(tip.work().toString()))
                .body("difficulty", equalTo(8));
    }

    @Test
    void workIsADecimalStringOfTheSumOfBlockWork() {
        String work = given().get("/api/chain").then().extract().path("work");
        long height = given().get("/api/chain").then().extract().<Integer> path("height");
        assertThat(work).matches("[0-9]+");
        assertThat(Long.parseLong(work)).isGreaterThanOrEqualTo((height + 1) * 256);
    }

    @Test
    void submittedJsonDataBecomesTheNextBlockWithLocation() {
        long before = chain.tip().height();
        Response created = given().contentType(ContentType.JSON).body("{\"data\":\"hello json\"}")
                .when().post("/api/blocks");
        created.then().statusCode(201).contentType(ContentType.JSON)
                .body("data", equalTo("hello json"))
                .body("canonical", equalTo(true))
                .body("source", equalTo("local"))
                .body("difficulty", equalTo(8))
                .body("hash", matchesPattern("00[0-9a-f]{62}"));
        String hash = created.path("hash");
        assertThat(created.header("Location")).isEqualTo("/api/blocks/" + hash);
        assertThat(created.<Integer> path("index")).isGreaterThan((int) before);
        given().get("/api/blocks/" + hash).then().statusCode(200).body("data", equalTo("hello json"));
    }

    @Test
    void rawTextBodyIsStoredByteForByte() {
        String text = "line one\nzwei: äöü, 三, 🙂\n";
        Response created = given().contentType("text/plain; charset=utf-8").body(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/blocks");
        created.then().statusCode(201).body("data", equalTo(text));
        given().get("/api/blocks/" + created.<Integer> path("index")).then().statusCode(200)
                .body("data", equalTo(text)).body("hash", equalTo(created.path("hash")));
    }

    @Test
    void thePathOfBlocksAllowsItsReadsAndItsWrite() {
        // POST is a Vert.x route of its own and GET Quarkus REST's: OPTIONS names both
        assertThat(given().options("/api/blocks").then().statusCode(200).extract().header("Allow").split(",\\s*"))
                .containsExactlyInAnyOrder("GET", "POST", "HEAD", "OPTIONS");
        // the route takes the path as Quarkus REST did: a trailing slash, and an encoded unreserved character
        given().contentType("text/plain; charset=utf-8").body("slash").post("/api/blocks/").then().statusCode(201);
        given().urlEncodingEnabled(false).contentType("text/plain; charset=utf-8").body("encoded").post("/%61pi/blocks").then()
                .statusCode(201).header("Location", matchesPattern("/api/blocks/[0-9a-f]{64}"));
    }

    @Test
    void blockByHeightIsTheCanonicalBlockThere() {
        Block block = submitJson("by height");
        given().get("/api/blocks/" + block.index()).then().statusCode(200).contentType(ContentType.JSON)
                .body("index", equalTo((int) block.index()))
                .body("hash", equalTo(block.hash()))
                .body("previousHash", equalTo(block.previousHash()))
                .body("timestamp", equalTo(block.timestamp()))
                .body("nonce", equalTo((int) block.nonce()))
                .body("canonical", equalTo(true));
        given().get("/api/blocks/0").then().statusCode(200)
                .body("hash", equalTo(chain.rules().genesis().hash())).body("source", equalTo("genesis"));
    }

    @Test
    void blockByHashAcceptsUpperCaseHex() {
        Block block = submitJson("upper case");
        given().get("/api/blocks/" + block.hash().toUpperCase()).then().statusCode(200)
                .body("hash", equalTo(block.hash()));
    }

    @Test
    void hashLookupFindsSideBranchBlocksAndSaysTheyAreNotCanonical() throws Exception {
        submitJson("make the chain at least two long");
        submitJson("so a block on the genesis stays a side branch");
        Block side = mineOn(chain.rules().genesis(), "side branch");
        AcceptResult result = chain.accept(side, dev.rantai.chain.BlockSource.PEER).get();
        assertThat(result.outcome()).isEqualTo(AcceptResult.Outcome.SIDE_BRANCH);

        given().get("/api/blocks/" + side.hash()).then().statusCode(200)
                .body("hash", equalTo(side.hash()))
                .body("index", equalTo(1))
                .body("canonical", equalTo(false))
                .body("source", equalTo("peer"));
        given().get("/api/blocks/1").then().statusCode(200)
                .body("canonical", equalTo(true))
                .body("hash", org.hamcrest.Matchers.not(equalTo(side.hash())));
    }

    @Test
    void pagesWalkFromTheTipToTheGenesisNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            submitJson("page filler " + i);
        }
        long tipHeight = chain.tip().height();
        List<Integer> heights = new ArrayList<>();
        String next = "/api/blocks?limit=3";
        int pages = 0;
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200).contentType(ContentType.JSON);
            List<Integer> indexes = page.path("blocks.index");
            assertThat(indexes).hasSizeBetween(1, 3).isSortedAccordingTo((a, b) -> b - a);
            heights.addAll(indexes);
            String following = page.path("next");
            if (following == null) {
                assertThat(page.header("Link")).isNull();
            } else {
                assertThat(page.header("Link")).isEqualTo("<" + following + ">; rel=\"next\"");
                assertThat(following).isEqualTo("/api/blocks?before=" + indexes.get(indexes.size() - 1) + "&limit=3");
            }
            next = following;
            pages++;
        }
        assertThat(heights.get(0)).isEqualTo((int) tipHeight);
        assertThat(heights).hasSize((int) tipHeight + 1).doesNotHaveDuplicates().endsWith(0);
        assertThat(pages).isEqualTo((int) Math.ceil((tipHeight + 1) / 3.0));
    }

    @Test
    void defaultPageHoldsTwentyBlocksBelowTheTip() {
        while (chain.tip().height() < 25) {
            submitJson("fill to 25");
        }
        long tipHeight = chain.tip().height();
        given().get("/api/blocks").then().statusCode(200)
                .body("blocks.size()", equalTo(20))
                .body("blocks[0].index", equalTo((int) tipHeight))
                .body("blocks[19].index", equalTo((int) tipHeight - 19))
                .body("next", equalTo("/api/blocks?before=" + (tipHeight - 19) + "&limit=20"));
    }

    @Test
    void beforeIsExclusiveAndThePageEndingAtTheGenesisHasNoNext() {
        submitJson("before test");
        given().queryParam("before", 3).queryParam("limit", 500).get("/api/blocks").then().statusCode(200)
                .body("blocks.index", equalTo(List.of(2, 1, 0)))
                .body("next", nullValue());
        given().queryParam("before", 1).get("/api/blocks").then().statusCode(200)
                .body("blocks.index", equalTo(List.of(0)))
                .body("next", nullValue());
    }

    @Test
    void verifyReportsTheWholeChainValid() {
        submitJson("verify me");
        long height = chain.tip().height();
        given().get("/api/chain/verify").then().statusCode(200).contentType(ContentType.JSON)
                .body("valid", equalTo(true))
                .body("fromHeight", equalTo(0))
                .body("toHeight", org.hamcrest.Matchers.greaterThanOrEqualTo((int) height))
                .body("checked", org.hamcrest.Matchers.greaterThanOrEqualTo((int) height + 1))
                .body("failedHeight", nullValue())
                .body("problem", nullValue())
                .body("tookMs", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @Test
    void openApiDescribesEveryEndpointWithExamples() {
        Response doc = given().accept(ContentType.JSON).get("/q/openapi?format=json");
        doc.then().statusCode(200);
        Map<String, Object> paths = doc.path("paths");
        assertThat(paths).containsKeys("/api/chain", "/api/chain/verify", "/api/blocks", "/api/blocks/{id}");
        assertThat(doc.<Object> path("paths.'/api/blocks'.post.requestBody.content.'application/json'.examples"))
                .isNotNull();
        assertThat(doc.<Object> path("paths.'/api/blocks'.post.requestBody.content.'text/plain'.examples"))
                .isNotNull();
        for (String code : List.of("201", "400", "413", "415", "422", "503")) {
            assertThat(doc.<Object> path("paths.'/api/blocks'.post.responses.'" + code + "'.content"))
                    .as("POST /api/blocks response %s", code).isNotNull();
        }
        assertThat(doc.<Object> path("paths.'/api/blocks/{id}'.get.responses.'404'.content.'application/problem+json'"
                + ".examples")).isNotNull();
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private Block submitJson(String data) {
        return chain.submit(data).join();
    }

    private Block mineOn(Block parent, String data) {
        int difficulty = chain.rules().params().difficulty();
        long timestamp = Math.max(System.currentTimeMillis(), parent.timestamp());
        byte[] header = BlockHeader.encode(parent.index() + 1, timestamp, Hashes.parseHash(parent.hash()),
                Hashes.sha256(data), difficulty, 0);
        try (ProofOfWork pow = new ProofOfWork(1)) {
            long nonce = pow.mine(header, difficulty, () -> false).orElseThrow();
            BlockHeader.putNonce(header, nonce);
            return new Block(parent.index() + 1, timestamp, data, parent.hash(), difficulty, nonce,
                    Hashes.hex(Hashes.sha256(header)));
        }
    }
}
