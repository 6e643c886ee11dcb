package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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

        Set<Long> heights = new TreeSet<>();
        List<String> acknowledgedData = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : responses) {
            HttpResponse<String> response = f.join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode block = json.readTree(response.body());
            heights.add(block.get("index").asLong());
            acknowledgedData.add(block.get("data").asText());
            // Every acknowledged block is the canonical block at its height.
            given().get("/api/blocks/" + block.get("index").asLong()).then().statusCode(200)
                    .body("hash", equalTo(block.get("hash").asText()))
                    .body("data", equalTo(block.get("data").asText()));
        }
        assertThat(heights).as("no duplicate heights").hasSize(SUBMISSIONS);
        assertThat(heights).as("contiguous heights above the old tip")
                .containsExactlyElementsOf(heightsBetween(startHeight + 1, startHeight + SUBMISSIONS));
        assertThat(acknowledgedData).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(chain.tip().height()).isEqualTo(startHeight + SUBMISSIONS);

        List<String> stored = given().queryParam("limit", SUBMISSIONS).get("/api/blocks").then().statusCode(200)
                .extract().path("blocks.data");
        assertThat(stored).as("every data exactly once in the chain").containsExactlyInAnyOrderElementsOf(sent);
        given().get("/api/chain/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    private static List<Long> heightsBetween(long fromInclusive, long toInclusive) {
        return java.util.stream.LongStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
    }
}
