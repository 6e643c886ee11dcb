package dev.rantai.web.security;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Without rantai.api.token the node behaves as before: writes need no credentials. */
@QuarkusTest
class OpenWritesTest {

    @Test
    void writeWithoutTokenIsAcceptedWhenNoTokenIsConfigured() {
        given().contentType("text/plain; charset=utf-8").body("open node")
                .when().post(ApiTokenTest.WRITES)
                .then().statusCode(201);
    }
}
