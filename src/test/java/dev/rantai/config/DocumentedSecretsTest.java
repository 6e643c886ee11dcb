package dev.rantai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every secret the project's documents, scripts and manifests give as a literal value
 * ({@code RANTAI_API_TOKEN=...}, {@code -Drantai.p2p.secret=...}) is one the node accepts: an example
 * that a reader copies must start a node, not stop it at the configuration check. Values computed
 * in the shell ({@code $TOKEN}, {@code $(openssl rand -hex 32)}), metasyntax ({@code <value>}) and the
 * Kubernetes template, whose placeholder is meant to stop the start until it is replaced, are not
 * literal secrets.
 */
class DocumentedSecretsTest {
    private static final Pattern SECRET = Pattern
            .compile("(?:RANTAI_API_TOKEN|RANTAI_P2P_SECRET|rantai\\.api\\.token|rantai\\.p2p\\.secret)=([^\\s'\"`]+)");
    private static final Path TEMPLATE = Path.of("deploy/kubernetes/api-token.env");

    @Test
    void everyLiteralSecretInTheDocumentsAndScriptsPassesTheNodesCheck() throws IOException {
        List<String> refused = new ArrayList<>();
        for (Path file : files()) {
            String text = Files.readString(file);
            Matcher m = SECRET.matcher(text);
            while (m.find()) {
                String value = m.group(1);
                if (value.startsWith("$") || value.startsWith("<")) {
                    continue;
                }
                String where = file + ":" + (text.substring(0, m.start()).split("\n", -1).length);
                Secrets.weakness(value).ifPresent(why -> refused.add(where + ": " + value + " " + why));
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void theCheckSeesALiteralSecretInADocument() {
        Matcher m = SECRET.matcher("RANTAI_API_TOKEN=s3cret QUARKUS_HTTP_PORT=8090 java -jar node.jar");
        assertThat(m.find()).isTrue();
        assertThat(Secrets.weakness(m.group(1))).isPresent();
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String root : List.of("docs", "deploy", "bench")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.equals(TEMPLATE))
                        .filter(p -> p.toString().matches(".*\\.(md|sh|ya?ml|env|properties|options|conf)$")
                                || p.getFileName().toString().startsWith("Dockerfile"))
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files;
    }
}
