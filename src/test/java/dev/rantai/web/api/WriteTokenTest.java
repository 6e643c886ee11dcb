package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rantai.chain.ChainService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WriteTokenTest.WithToken.class)
class WriteTokenTest {
    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rantai.api.token", "s3cret-token");
        }
    }

    @Inject
    ChainService chain;

    @Test
    void submissionWithoutTokenIs401AndStoresNothing() {
        String tip = chain.tip().hash();
        given().contentType("application/json").body("{\"data\":\"no token\"}").post("/api/blocks").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"rantai\"")
                .body("type", equalTo("urn:rantai:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/blocks"))
                .body("detail", containsString("Authorization: Bearer"));
        given().get("/api/chain").then().statusCode(200).body("tip", equalTo(tip));
    }

    @Test
    void submissionWithAWrongTokenIs401() {
        given().contentType("application/json").header("Authorization", "Bearer guess").body("{\"data\":\"x\"}")
                .post("/api/blocks").then().statusCode(401)
                .body("detail", containsString("not this node's rantai.api.token"));
    }

    @Test
    void submissionWithTheTokenIsMinedAndReadsNeedNoToken() {
        given().contentType("application/json").header("Authorization", "Bearer s3cret-token")
                .body("{\"data\":\"with token\"}").post("/api/blocks").then().statusCode(201)
                .body("data", equalTo("with token"));
        given().get("/api/blocks").then().statusCode(200);
        given().get("/api/chain/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}
