package dev.rantai.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Every probe the StatefulSet declares is answered UP by a running node: a wrong path would fail the pod. */
@QuarkusTest
class ManifestProbesAreServedTest {

    @Test
    void everyProbePathOfTheStatefulSetIsServedAndUp() {
        JsonNode container = Manifests.resource("StatefulSet", "rantai").path("spec").path("template").path("spec")
                .path("containers").get(0);
        List<String> probes = List.of("startupProbe", "livenessProbe", "readinessProbe");

        for (String probe : probes) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            assertThat(path).as(probe).startsWith("/");
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
