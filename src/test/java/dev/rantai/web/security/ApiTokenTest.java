package dev.rantai.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(WithApiToken.class)
class ApiTokenTest {
    static final String TOKEN = WithApiToken.TOKEN;
    static final String WRITES = "/api/blocks";

    @Test
    void writeWithoutTokenIsRefusedWithProblemAndChallengeAndChangesNothing() {
        long before = height();

        given().contentType("text/plain; charset=utf-8").body("no token")
                .when().post(WRITES)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"rantai\""))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo(WRITES));

        // The next authorised write lands directly on the old tip: the refused one was never queued.
        submitWith("Bearer " + TOKEN).then().statusCode(201);
        assertThat(height()).isEqualTo(before + 1);
    }

    @Test
    void writeWithWrongTokenIsRefused() {
        long before = height();

        submitWith("Bearer not-" + TOKEN)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"rantai\", error=\"invalid_token\""));
        submitWith("Basic " + TOKEN).then().statusCode(401);

        assertThat(height()).isEqualTo(before);
    }

    @Test
    void writeWithTheTokenIsCreated() {
        long before = height();

        submitWith("Bearer " + TOKEN)
                .then().statusCode(201)
                .body("index", equalTo((int) (before + 1)));

        assertThat(height()).isEqualTo(before + 1);
    }

    @Test
    void everyWriteMethodOnAnyPathNeedsTheToken() {
        // Peers, the dashboard's forms and paths that do not exist yet: refused before any routing.
        given().contentType(ContentType.JSON).body("{\"address\":\"127.0.0.1:3001\"}")
                .post("/api/peers").then().statusCode(401);
        given().delete("/api/peers/127.0.0.1:3001").then().statusCode(401);
        given().contentType(ContentType.URLENC).formParam("data", "from a form")
                .post("/blocks").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").put("/api/anything").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").patch("/api/anything").then().statusCode(401);
    }

    @Test
    void readsStayOpenWithoutToken() {
        given().get(WRITES).then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().head("/q/health/live").then().statusCode(200);
    }

    @Test
    void aBrowserGivesTheTokenOnceAndItsCookieThenAuthorisesWrites() {
        given().get("/token").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("name=\"token\""));
        given().contentType(ContentType.URLENC).formParam("token", "not-" + TOKEN).post("/token")
                .then().statusCode(401).header("Set-Cookie", nullValue());

        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("token", TOKEN).post("/token")
                .then().statusCode(303).header("Location", "/")
                .header("Set-Cookie", allOf(containsString("rantai-api-token="), containsStringIgnoringCase("HttpOnly"),
                        containsString("SameSite=Strict")))
                .extract().cookie("rantai-api-token");

        // A browser's form post without the token is sent to the token page rather than shown JSON.
        given().redirects().follow(false).accept("text/html,application/xhtml+xml").contentType(ContentType.URLENC)
                .formParam("data", "from a form").post("/blocks")
                .then().statusCode(303).header("Location", "/token");

        long before = height();
        given().cookie("rantai-api-token", cookie).contentType("text/plain; charset=utf-8").body("from a browser")
                .post(WRITES).then().statusCode(201);
        assertThat(height()).isEqualTo(before + 1);
        given().cookie("rantai-api-token", "forged").contentType("text/plain; charset=utf-8").body("forged")
                .post(WRITES).then().statusCode(401);
        assertThat(height()).isEqualTo(before + 1);
    }

    private static io.restassured.response.Response submitWith(String authorization) {
        return given().header("Authorization", authorization).contentType("text/plain; charset=utf-8").body("signed")
                .when().post(WRITES);
    }

    private static long height() {
        return given().get("/api/chain").then().statusCode(200).extract().jsonPath().getLong("height");
    }
}
