package dev.rantai.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * No browser page of another origin can write, whatever it sends and whatever the node's token
 * setting; scripts (no Origin, no Sec-Fetch-Site) and the node's own pages can.
 */
@QuarkusTest
class CrossOriginWritesTest {
    @Inject
    ChainService chain;

    @TestHTTPResource("/")
    URL root;

    private String ownOrigin() {
        return "http://" + root.getHost() + ":" + root.getPort();
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedAndWritesNothing() {
        long height = chain.tip().height();
        // Another port of the same host is same-site, yet another origin; another host is cross-site.
        for (String origin : new String[] { "http://" + root.getHost() + ":9999", "http://localhost:9999", "null",
                "https://" + root.getHost() + ":" + root.getPort() }) {
            given().header("Origin", origin).contentType("text/plain; charset=utf-8").body("forged")
                    .post("/api/blocks").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:rantai:problem:cross-origin-write"))
                    .body("detail", containsString("another site"));
        }
        for (String site : new String[] { "same-site", "cross-site" }) {
            given().header("Sec-Fetch-Site", site).contentType("text/plain; charset=utf-8").body("forged")
                    .post("/api/blocks").then().statusCode(403);
            // The Sec-Fetch-Site of a browser wins over an Origin that could be forged to look like ours.
            given().header("Sec-Fetch-Site", site).header("Origin", ownOrigin()).contentType("text/plain; charset=utf-8")
                    .body("forged").post("/api/blocks").then().statusCode(403);
        }
        given().header("Origin", "http://localhost:9999").contentType(ContentType.JSON)
                .body("{\"address\":\"127.0.0.1:1\"}").post("/api/peers").then().statusCode(403);
        given().header("Origin", "http://localhost:9999").delete("/api/peers/127.0.0.1:1").then().statusCode(403);
        // The dashboard's forms too, before their own CSRF token is even looked at.
        given().header("Sec-Fetch-Site", "cross-site").formParam("data", "forged").post("/blocks").then()
                .statusCode(403).body(containsString("another site"));
        given().header("Origin", "http://localhost:9999").formParam("address", "127.0.0.1:1").post("/peers").then()
                .statusCode(403);
        assertThat(chain.tip().height()).isEqualTo(height);
    }

    @Test
    void scriptsAndTheNodesOwnPagesWrite() {
        long height = chain.tip().height();
        given().contentType("text/plain; charset=utf-8").body("from a script").post("/api/blocks").then().statusCode(201);
        given().header("Origin", ownOrigin()).contentType("text/plain; charset=utf-8").body("from our page")
                .post("/api/blocks").then().statusCode(201);
        given().header("Sec-Fetch-Site", "same-origin").header("Origin", ownOrigin()).contentType("text/plain; charset=utf-8")
                .body("from our page, a current browser").post("/api/blocks").then().statusCode(201);
        given().header("Sec-Fetch-Site", "none").contentType("text/plain; charset=utf-8").body("typed by the user")
                .post("/api/blocks").then().statusCode(201);
        assertThat(chain.tip().height()).isEqualTo(height + 4);
        // Reads are never refused, whoever asks.
        given().header("Origin", "http://localhost:9999").header("Sec-Fetch-Site", "cross-site").get("/api/chain")
                .then().statusCode(200);
    }
}
