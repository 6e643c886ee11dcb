package dev.rantai.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployment files as data: the kustomization's resources and generators, the compose file and the
 * application's own defaults, read without a cluster, a container engine or a renderer.
 */
final class Manifests {
    static final Path KUSTOMIZE_DIR = Path.of("deploy/kubernetes");
    static final Path COMPOSE_FILE = Path.of("deploy/compose/compose.yaml");
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    static final Path AOT_DOCKERFILE = Path.of("src/main/docker/Dockerfile.aot");
    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    static JsonNode kustomization() {
        return readOne(KUSTOMIZE_DIR.resolve("kustomization.yaml"));
    }

    /** Every document of every file the kustomization lists. */
    static List<JsonNode> resources() {
        List<JsonNode> docs = new ArrayList<>();
        for (JsonNode file : kustomization().path("resources")) {
            docs.addAll(readAll(KUSTOMIZE_DIR.resolve(file.asText())));
        }
        return docs;
    }

    static JsonNode resource(String kind, String name) {
        return resources().stream()
                .filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + KUSTOMIZE_DIR));
    }

    /** The entries of one configMapGenerator or secretGenerator, read from its env files and literals. */
    static Map<String, String> generated(String generatorKind, String name) {
        for (JsonNode generator : kustomization().path(generatorKind)) {
            if (!generator.path("name").asText().equals(name)) {
                continue;
            }
            Map<String, String> entries = new LinkedHashMap<>();
            for (JsonNode envFile : generator.path("envs")) {
                entries.putAll(readEnvFile(KUSTOMIZE_DIR.resolve(envFile.asText())));
            }
            for (JsonNode literal : generator.path("literals")) {
                String[] kv = literal.asText().split("=", 2);
                entries.put(kv[0], kv[1]);
            }
            return entries;
        }
        throw new AssertionError("no " + generatorKind + " named " + name + " in the kustomization");
    }

    static JsonNode compose() {
        return readOne(COMPOSE_FILE);
    }

    /** application.properties as the packaged application reads it (prod profile lines only). */
    static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = Manifests.class.getClassLoader().getResourceAsStream("application.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static int applicationPort(String key) {
        return Integer.parseInt(applicationProperties().getProperty(key).strip());
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parseAll(String yaml) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            return it.readAll().stream().filter(d -> !d.isNull() && !d.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readOne(Path file) {
        List<JsonNode> docs = readAll(file);
        if (docs.size() != 1) {
            throw new AssertionError(file + " should hold one YAML document, not " + docs.size());
        }
        return docs.get(0);
    }

    private static List<JsonNode> readAll(Path file) {
        try {
            return parseAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, String> readEnvFile(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] kv = l.split("=", 2);
            entries.put(kv[0].strip(), kv.length > 1 ? kv[1] : "");
        }
        return entries;
    }
}
