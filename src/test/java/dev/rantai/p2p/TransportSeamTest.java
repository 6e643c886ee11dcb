package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Only the transport knows the network library: the messages, the codec, the handshake, the sync,
 * the peers, the book's bridge and the protocol's handlers are plain Java (P2pNode hands Vert.x to
 * the transport and uses nothing else of it; DNS discovery runs its own timer).
 */
class TransportSeamTest {
    private static final Path P2P = Path.of("src/main/java/dev/rantai/p2p");

    @Test
    void noVertxTypeOutsideTheTransport() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Files.walk(P2P)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(P2P.resolve("transport")) && !f.startsWith(P2P.resolve("discovery")))
                    .filter(f -> !f.equals(P2P.resolve("P2pNode.java")))
                    .filter(TransportSeamTest::importsVertx).toList();
        }
        assertThat(offending).isEmpty();
    }

    private static boolean importsVertx(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import io.vertx"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
