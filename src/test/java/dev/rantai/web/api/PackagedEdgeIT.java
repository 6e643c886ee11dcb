package dev.rantai.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What the packaged node does at its HTTP edge that a {@code @QuarkusTest} cannot show, because the test
 * starts Quarkus without the node's main: the main turns off Quarkus' bare 400 for a request target that
 * is not a URI, so the node's own, clear one answers.
 */
class PackagedEdgeIT {

    @Test
    void aTargetThatIsNotAUriGetsTheNodesClear400() throws Exception {
        Path jar = Path.of(System.getProperty("rantai.jar", "target/quarkus-app/quarkus-run.jar"));
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it")), "edge-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try (NodeProcess node = NodeProcess.start(jar, dataDir, log)) {
            String answer = raw(node.uri("/"), "GET /api/blocks/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains("content-type: application/problem+json")
                    .contains("a % must be followed by two hex digits").contains("\"instance\":\"/api/blocks/%zz\"");
        }
    }

    private static String raw(URI root, String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
