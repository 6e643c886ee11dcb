package dev.rantai.bench.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.chain.Block;

/**
 * The nodes' HTTP API on 127.0.0.1, with short timeouts: a node under attack may not answer, and the
 * benchmark must go on and say so. Every failure is an empty result, never an exception.
 */
final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Status and body, or empty if no answer came in time. */
    Optional<HttpResponse<String>> request(int port, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIMEOUT);
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            return Optional.of(client.send(b.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Optional<JsonNode> json(int port, String path) {
        return request(port, "GET", path, null).filter(r -> r.statusCode() == 200).map(r -> Wire.parse(r.body()));
    }

    Optional<Block> block(int port, String heightOrHash) {
        return json(port, "/api/blocks/" + heightOrHash).map(Wire::block);
    }

    boolean hasBlock(int port, String hash) {
        return request(port, "GET", "/api/blocks/" + hash, null).map(r -> r.statusCode() == 200).orElse(false);
    }

    /** {@code GET /api/chain}: network, difficulty, height, tip and work. */
    Optional<JsonNode> chain(int port) {
        return json(port, "/api/chain");
    }

    Optional<String> metrics(int port) {
        return request(port, "GET", "/q/metrics", null).filter(r -> r.statusCode() == 200).map(HttpResponse::body);
    }

    /** Adds a peer through the API ({@code POST /api/peers}): the node keeps it connected like a configured one. */
    boolean addPeer(int port, String address) {
        return addPeerAnswer(port, address).startsWith("2");
    }

    /** The status of {@code POST /api/peers}, or "no answer" if none came in time. */
    String addPeerAnswer(int port, String address) {
        return request(port, "POST", "/api/peers", "{\"address\":\"" + address + "\"}")
                .map(r -> Integer.toString(r.statusCode())).orElse("no answer within " + TIMEOUT.toSeconds() + " s");
    }

    boolean removePeer(int port, String address) {
        return request(port, "DELETE", "/api/peers/" + address, null).map(r -> r.statusCode() / 100 == 2).orElse(false);
    }
}
