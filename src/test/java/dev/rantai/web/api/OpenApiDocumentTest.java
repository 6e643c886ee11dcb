package dev.rantai.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The OpenAPI document against what the API really answers: real requests to every operation, each
 * answer's status documented for that operation, its media type documented for that status, and its
 * body of the documented schema (no field the schema lacks, every field the schema requires).
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode document;

    @TestHTTPResource("/api/events")
    URI events;

    /** One real request: the operation it exercises (method and path template) and how to send it. */
    record Exchange(String method, String template, String path, Function<RequestSpecification, RequestSpecification> spec) {
        Exchange(String method, String template, String path) {
            this(method, template, path, r -> r);
        }
    }

    @BeforeEach
    void fetchTheDocument() throws Exception {
        document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    private static List<Exchange> exchanges() {
        String unknownPeer = "127.0.0.1:9";
        return List.of(
                new Exchange("get", "/api/chain", "/api/chain"),
                new Exchange("get", "/api/chain/verify", "/api/chain/verify"),
                new Exchange("get", "/api/blocks", "/api/blocks?limit=2"),
                new Exchange("get", "/api/blocks", "/api/blocks?limit=0"),
                new Exchange("get", "/api/blocks/{id}", "/api/blocks/0"),
                new Exchange("get", "/api/blocks/{id}", "/api/blocks/abc"),
                new Exchange("get", "/api/blocks/{id}", "/api/blocks/999999"),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.contentType("application/json").body("{\"data\":\"documented\"}")),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.contentType("text/plain; charset=utf-8").body("documented too")),
                new Exchange("post", "/api/blocks", "/api/blocks", r -> r.contentType("application/json").body("{")),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.contentType("application/json").body("{\"data\":\"\"}")),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.contentType("text/plain; charset=utf-8").body("x".repeat(70_000))),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.contentType("application/xml").body("<data/>")),
                new Exchange("post", "/api/blocks", "/api/blocks", r -> r.header("Origin", "http://localhost:9999")
                        .contentType("text/plain; charset=utf-8").body("forged")),
                new Exchange("get", "/api/peers", "/api/peers"),
                new Exchange("post", "/api/peers", "/api/peers",
                        r -> r.contentType("application/json").body("{\"address\":\"127.0.0.1:1\"}")),
                new Exchange("post", "/api/peers", "/api/peers",
                        r -> r.contentType("application/json").body("{\"address\":\"no-port\"}")),
                new Exchange("post", "/api/peers", "/api/peers", r -> r.header("Sec-Fetch-Site", "cross-site")
                        .contentType("application/json").body("{\"address\":\"127.0.0.1:1\"}")),
                new Exchange("delete", "/api/peers/{address}", "/api/peers/127.0.0.1:1"),
                new Exchange("delete", "/api/peers/{address}", "/api/peers/" + unknownPeer),
                new Exchange("delete", "/api/peers/{address}", "/api/peers/no-port"),
                new Exchange("delete", "/api/peers/{address}/ban", "/api/peers/192.0.2.7/ban"),
                new Exchange("delete", "/api/peers/{address}/ban", "/api/peers/example.com/ban"),
                new Exchange("delete", "/api/peers/{address}/ban", "/api/peers/192.0.2.7/ban",
                        r -> r.header("Sec-Fetch-Site", "cross-site")),
                new Exchange("get", "/api/node", "/api/node"),
                new Exchange("get", "/api/network", "/api/network"),
                new Exchange("get", "/api/network/messages", "/api/network/messages?after=0&limit=5"),
                new Exchange("get", "/api/network/messages", "/api/network/messages?after=-1"),
                new Exchange("get", "/api/network/traffic", "/api/network/traffic?seconds=10"),
                new Exchange("get", "/api/network/traffic", "/api/network/traffic?seconds=0"),
                new Exchange("get", "/api/blocks/{id}/propagation", "/api/blocks/0/propagation"),
                new Exchange("get", "/api/blocks/{id}/propagation", "/api/blocks/1/propagation"),
                new Exchange("get", "/api/blocks/{id}/propagation", "/api/blocks/abc/propagation"),
                new Exchange("get", "/api/blocks/{id}/propagation", "/api/blocks/999999/propagation"),
                new Exchange("get", "/api/chain/timings", "/api/chain/timings?blocks=5"),
                new Exchange("get", "/api/chain/timings", "/api/chain/timings?blocks=0"),
                // An Accept that excludes JSON, on a read, a write and a write without a body in its answer.
                new Exchange("get", "/api/chain", "/api/chain", r -> r.accept("text/html")),
                new Exchange("get", "/api/network/messages", "/api/network/messages", r -> r.accept("text/csv")),
                new Exchange("post", "/api/blocks", "/api/blocks",
                        r -> r.accept("text/html").contentType("text/plain; charset=utf-8").body("html please")),
                new Exchange("delete", "/api/peers/{address}", "/api/peers/" + unknownPeer, r -> r.accept("text/html")));
    }

    @Test
    void everyAnswerIsTheOneTheDocumentDescribes() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> exercised = new HashSet<>();
        for (Exchange e : exchanges()) {
            Response response = e.spec().apply(given().accept("application/json, application/problem+json"))
                    .request(e.method().toUpperCase(Locale.ROOT), e.path());
            String where = e.method().toUpperCase(Locale.ROOT) + " " + e.path() + " -> " + response.statusCode();
            exercised.add(e.method() + " " + e.template());
            JsonNode operation = document.path("paths").path(e.template()).path(e.method());
            if (operation.isMissingNode()) {
                wrong.add(where + ": the document has no such operation");
                continue;
            }
            JsonNode documented = operation.path("responses").path(String.valueOf(response.statusCode()));
            if (documented.isMissingNode()) {
                wrong.add(where + ": status not documented (documented: " + names(operation.path("responses")) + ")");
                continue;
            }
            String body = response.asString();
            if (body.isEmpty()) {
                continue;
            }
            String type = response.contentType().split(";")[0].strip();
            JsonNode media = documented.path("content").path(type);
            if (media.isMissingNode()) {
                wrong.add(where + ": media type " + type + " not documented (documented: "
                        + names(documented.path("content")) + ")");
                continue;
            }
            check(media.path("schema"), JSON.readTree(body), where, wrong);
        }
        try (InputStream stream = openEvents()) {
            exercised.add("get /api/events");
        }
        assertThat(wrong).as("answers that differ from the document").isEmpty();
        Set<String> documentedOperations = new HashSet<>();
        apiPaths().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documentedOperations.add(m + " " + p.getKey())));
        assertThat(exercised).as("operations exercised").containsExactlyInAnyOrderElementsOf(documentedOperations);
    }

    /** The event stream: documented, and it answers 200 with text/event-stream. */
    private InputStream openEvents() throws Exception {
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        JsonNode op = document.path("paths").path("/api/events").path("get");
        assertThat(op.path("responses").path(String.valueOf(r.statusCode())).path("content")
                .has(r.headers().firstValue("Content-Type").orElse("").split(";")[0])).isTrue();
        return r.body();
    }

    @Test
    void everyOperationIsDescribedWithItsProblemsAndTheTokenOnWrites() {
        List<String> missing = new ArrayList<>();
        apiPaths().forEach(p -> p.getValue().fields().forEachRemaining(m -> {
            String op = m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey();
            JsonNode o = m.getValue();
            if (o.path("summary").asText().isBlank() || o.path("tags").isEmpty()) {
                missing.add(op + ": summary or tag");
            }
            o.path("responses").fields().forEachRemaining(r -> {
                if (r.getValue().path("description").asText().isBlank()) {
                    missing.add(op + " " + r.getKey() + ": description");
                }
                if (r.getKey().startsWith("4") && r.getValue().path("content").size() > 0
                        && !r.getValue().path("content").has("application/problem+json")) {
                    missing.add(op + " " + r.getKey() + ": not problem+json");
                }
            });
            if (!o.path("responses").path("403").path("description").asText().contains("host-not-allowed")) {
                missing.add(op + " 403: host-not-allowed");
            }
            boolean write = !m.getKey().equals("get");
            if (write && !(o.path("responses").has("401") && o.path("responses").has("403")
                    && o.path("security").toString().contains(ApiDocument.TOKEN))) {
                missing.add(op + ": the token (401, 403, security)");
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(document.path("components").path("securitySchemes").path(ApiDocument.TOKEN).path("scheme")
                .asText()).isEqualTo("bearer");
    }

    /** The node's paths; the test sources add a probe resource of their own, which is not the node's API. */
    private static List<Map.Entry<String, JsonNode>> apiPaths() {
        List<Map.Entry<String, JsonNode>> paths = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/test-probe")) {
                paths.add(p);
            }
        });
        return paths;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = document.at(ref.substring(1));
        }
        return s;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        } else if (t.isTextual()) {
            types.add(t.asText());
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    /** Whether {@code value} fits {@code schema}: types, the fields of objects both ways, the items of arrays. */
    private static void check(JsonNode schema, JsonNode value, String where, List<String> wrong) {
        JsonNode s = resolve(schema);
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (s.has(combinator)) {
                for (JsonNode option : s.get(combinator)) {
                    JsonNode o = resolve(option);
                    if (!types(o).contains("null") || value.isNull()) {
                        check(o, value, where, wrong);
                        return;
                    }
                }
            }
        }
        Set<String> types = types(s);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                wrong.add(where + ": null where the schema says " + types);
            }
            return;
        }
        if (value.isObject()) {
            if (!types.isEmpty() && !types.contains("object")) {
                wrong.add(where + ": an object where the schema says " + types);
                return;
            }
            JsonNode properties = s.path("properties");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!properties.has(f.getKey())) {
                    wrong.add(where + ": field '" + f.getKey() + "' is not in the schema");
                } else {
                    check(properties.get(f.getKey()), f.getValue(), where + " ." + f.getKey(), wrong);
                }
            }
            properties.fieldNames().forEachRemaining(name -> {
                if (!value.has(name) && !types(resolve(properties.get(name))).contains("null")
                        && !"Problem".equals(schemaName(schema))) {
                    wrong.add(where + ": documented field '" + name + "' is missing");
                }
            });
        } else if (value.isArray()) {
            if (!types.isEmpty() && !types.contains("array")) {
                wrong.add(where + ": an array where the schema says " + types);
                return;
            }
            value.forEach(item -> check(s.path("items"), item, where + "[]", wrong));
        } else if (!types.isEmpty()) {
            String actual = value.isTextual() ? "string"
                    : value.isIntegralNumber() ? "integer"
                            : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "?";
            boolean fits = types.contains(actual) || (actual.equals("integer") && types.contains("number"));
            if (!fits) {
                wrong.add(where + ": a " + actual + " where the schema says " + types);
            }
        }
    }

    private static String schemaName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
