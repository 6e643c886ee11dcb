package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentSubmissionTest {
    private static final int SUBMISSIONS = 200;

    @Inject
    ChainService chain;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/blocks")
    URI blocks;

    @Test
    void concurrentSubmissionsBecomeOneContiguousChainWithEveryDataOnce() throws Exception {
        long startHeight = chain.tip().height();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> sent = IntStream.range(0, SUBMISSIONS).mapToObj(i -> "concurrent #" + i).toList();
        List<CompletableFuture<HttpResponse<String>>> responses = sent.stream()
                .map(data -> client.sendAsync(HttpRequest.newBuilder(blocks)
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"" + data + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();

        // The newest SUBMISSIONS canonical blocks, as the API shows them: height -> hash.
        Response page = given().queryParam("limit", SUBMISSIONS).get("/api/blocks");
        page.then().statusCode(200);
        List<Long> pageHeights = page.jsonPath().getList("blocks.index", Long.class);
        List<String> pageHashes = page.jsonPath().getList("blocks.hash", String.class);
        Map<Long, String> canonical = new HashMap<>();
        for (int i = 0; i < pageHeights.size(); i++) {
            canonical.put(pageHeights.get(i), pageHashes.get(i));
        }

        Set<Long> heights = new TreeSet<>();
        List<String> acknowledgedData = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : responses) {
            HttpResponse<String> response = f.join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode block = json.readTree(response.body());
            long height = block.get("index").asLong();
            heights.add(height);
            acknowledgedData.add(block.get("data").asText());
            assertThat(canonical.get(height)).as("canonical hash at height %d", height)
                    .isEqualTo(block.get("hash").asText());
        }
        assertThat(heights).as("no duplicate heights").hasSize(SUBMISSIONS);
        assertThat(heights).as("contiguous heights above the old tip")
                .containsExactlyElementsOf(heightsBetween(startHeight + 1, startHeight + SUBMISSIONS));
        assertThat(acknowledgedData).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(chain.tip().height()).isEqualTo(startHeight + SUBMISSIONS);
        assertThat(page.jsonPath().getList("blocks.data", String.class))
                .as("every data exactly once in the chain").containsExactlyInAnyOrderElementsOf(sent);
        given().get("/api/chain/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    private static List<Long> heightsBetween(long fromInclusive, long toInclusive) {
        return java.util.stream.LongStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
    }
}
