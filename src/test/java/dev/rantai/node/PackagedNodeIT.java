package dev.rantai.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What the packaged node (target/quarkus-app) ships: only libraries its production code uses. */
class PackagedNodeIT {
    private static final Path LIB = Path.of("target", "quarkus-app", "lib", "main");

    @Test
    void shipsNeitherBeanValidationNorTheDevModeTemplateDebugger() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(LIB)) {
            jars = files.map(f -> f.getFileName().toString()).sorted().toList();
        }

        assertThat(jars).as("the node's libraries").anyMatch(j -> j.startsWith("io.quarkus.quarkus-rest-qute-"));
        assertThat(jars).noneMatch(j -> j.contains("hibernate-validator") || j.contains("jakarta.validation"))
                .noneMatch(j -> j.contains("qute-debug") || j.contains("lsp4j"));
    }
}
