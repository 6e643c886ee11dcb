package dev.rantai.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.ChainService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HealthChecksTest {
    @Inject
    ChainService chain;

    @Test
    void livenessReportsTheChainWriterUp() {
        given().get("/q/health/live").then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'chain-writer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'chain-writer' }.data.queued", equalTo(0));
    }

    @Test
    void readinessReportsTheStoreWithHeightAndTip() {
        chain.submit("readiness").join();
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("chain-store"))
                .body("checks.find { it.name == 'chain-store' }.data.height", equalTo((int) chain.tip().height()))
                .body("checks.find { it.name == 'chain-store' }.data.tip", equalTo(chain.tip().hash()))
                .body("checks.find { it.name == 'chain-store' }.data.store",
                        equalTo(chain.store().location()));
    }

    @Test
    void startedCheckNamesTheNetwork() {
        given().get("/q/health/started").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'chain-loaded' }.data.network",
                        equalTo(chain.rules().genesis().hash()))
                .body("checks.find { it.name == 'chain-loaded' }.data.difficulty", equalTo(8));
    }
}
