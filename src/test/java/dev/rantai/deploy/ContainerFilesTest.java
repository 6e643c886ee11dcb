package dev.rantai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Dockerfile.jvm and the three-node compose file against the application; no container engine involved. */
class ContainerFilesTest {
    private final JsonNode services = Manifests.compose().path("services");

    static String dockerfileUser() {
        return lastUser(Manifests.DOCKERFILE);
    }

    private static String lastUser(Path dockerfile) {
        List<String> users = instructions(dockerfile, "USER");
        return users.get(users.size() - 1);
    }

    @Test
    void bothImagesExposeTheApplicationsPortsAndKeepTheChainInAVolume() {
        for (Path dockerfile : List.of(Manifests.DOCKERFILE, Manifests.AOT_DOCKERFILE)) {
            Set<String> exposed = new TreeSet<>();
            instructions(dockerfile, "EXPOSE").forEach(e -> exposed.addAll(List.of(e.split("\\s+"))));

            assertThat(exposed).as(dockerfile.toString()).containsExactlyInAnyOrder(
                    Integer.toString(Manifests.applicationPort("quarkus.http.port")),
                    Integer.toString(Manifests.applicationPort("rantai.p2p.port")));
            assertThat(instructions(dockerfile, "VOLUME")).as(dockerfile.toString()).containsExactly("/data");
            assertThat(instructions(dockerfile, "ENV")).as(dockerfile.toString()).contains("RANTAI_DATA_DIR=/data");
            assertThat(lastUser(dockerfile)).as(dockerfile.toString()).isEqualTo("185");
        }
    }

    @Test
    void productionImageRecordsItsCacheAsItRunsTheNode() {
        // The JVM ignores an ahead-of-time cache recorded with another jar path or other GC and heap options:
        // the training runs the jar the entry point runs, with the same options file and working directory.
        Path aot = Manifests.AOT_DOCKERFILE;
        assertThat(instructions(aot, "RUN")).contains("deploy/jvm/train.sh /deployments/quarkus-run.jar /deployments/app.aot");
        assertThat(instructions(aot, "ENTRYPOINT")).singleElement().asString()
                .startsWith("[ \"java\", \"@deploy/jvm/jvm.options\",")
                .contains("\"-XX:AOTCache=/deployments/app.aot\"").endsWith("\"-jar\", \"/deployments/quarkus-run.jar\" ]");
        // jvm.options names the compiler directives relative to the working directory, as in the project.
        assertThat(instructions(aot, "WORKDIR")).containsExactly("/deployments");
        assertThat(instructions(aot, "COPY")).contains(
                "deploy/jvm/jvm.options deploy/jvm/compiler-directives.json deploy/jvm/training-directives.json deploy/jvm/train.sh /deployments/deploy/jvm/");
    }

    @Test
    void imageCopiesTheQuarkusAppLayout() {
        assertThat(instructions("COPY")).containsExactly(
                "--chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "--chown=185 target/quarkus-app/*.jar /deployments/",
                "--chown=185 target/quarkus-app/app/ /deployments/app/",
                "--chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/");
        // The base is a build argument (deploy/container/base-image.sh makes one from Debian's packages),
        // with the public Java 17 runtime as its default.
        assertThat(instructions("FROM")).containsExactly("${BASE_IMAGE}");
        assertThat(instructions("ARG")).singleElement().asString().startsWith("BASE_IMAGE=").contains("openjdk-17");
    }

    @Test
    void imageRunsTheJvmAsItsFirstProcessOnTheCopiedJar() {
        // Exec form: the JVM is PID 1's process and gets SIGTERM itself; no script of the base image is needed.
        assertThat(instructions("ENTRYPOINT")).singleElement().asString().startsWith("[ \"java\",")
                .contains("\"-jar\", \"/deployments/quarkus-run.jar\" ]");
    }

    @Test
    void composeRunsThreeNodesEachPeeringWithTheOtherTwo() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).hasSize(3);
        int p2p = Manifests.applicationPort("rantai.p2p.port");

        for (String name : names) {
            Map<String, String> env = environment(name);
            Set<String> expected = new TreeSet<>();
            names.stream().filter(other -> !other.equals(name)).forEach(other -> expected.add(other + ":" + p2p));

            assertThat(new TreeSet<>(List.of(env.get("RANTAI_P2P_PEERS").split(",")))).as(name)
                    .isEqualTo(expected);
            assertThat(env.get("RANTAI_P2P_ADVERTISED_ADDRESS")).as(name).isEqualTo(name + ":" + p2p);
            assertThat(env.get("RANTAI_P2P_PORT")).as(name).isEqualTo(Integer.toString(p2p));
        }
    }

    @Test
    void composeGivesEachNodeItsOwnVolumeAndHostPorts() {
        Set<String> volumes = new HashSet<>();
        Set<String> hostPorts = new HashSet<>();
        int http = Manifests.applicationPort("quarkus.http.port");
        services.fields().forEachRemaining(s -> {
            JsonNode service = s.getValue();
            String dataDir = environment(s.getKey()).get("RANTAI_DATA_DIR");
            assertThat(service.path("volumes")).as(s.getKey()).hasSize(1);
            String volume = service.path("volumes").get(0).asText();
            assertThat(volume).as(s.getKey()).endsWith(":" + dataDir);
            volumes.add(volume);
            service.path("ports").forEach(p -> hostPorts.add(p.asText().split(":")[0]));
            assertThat(service.path("ports")).extracting(JsonNode::asText).anyMatch(p -> p.endsWith(":" + http));
            assertThat(service.path("read_only").asBoolean()).as(s.getKey()).isTrue();
            assertThat(service.path("user").asText()).as(s.getKey()).isEqualTo(dockerfileUser());
        });
        assertThat(volumes).hasSize(3);
        assertThat(hostPorts).hasSize(6);
        assertThat(Manifests.compose().path("volumes").size()).isEqualTo(3);
    }

    @Test
    void everyRantaiVariableInComposeIsAKeyTheApplicationReads() {
        Set<String> used = new TreeSet<>();
        services.fieldNames().forEachRemaining(name -> used.addAll(environment(name).keySet()));
        used.removeIf(n -> !n.startsWith("RANTAI_"));

        assertThat(used).contains("RANTAI_DATA_DIR", "RANTAI_P2P_PEERS", "RANTAI_API_TOKEN");
        assertThat(RantaiConfigKeys.environmentVariables()).containsAll(used);
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        services.path(service).path("environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** The arguments of every instruction of one kind in Dockerfile.jvm, in order, continued lines joined. */
    private static List<String> instructions(String keyword) {
        return instructions(Manifests.DOCKERFILE, keyword);
    }

    private static List<String> instructions(Path dockerfile, String keyword) {
        List<String> found = new ArrayList<>();
        String joined = String.join("\n", Manifests.lines(dockerfile)).replaceAll("\\\\\n\\s*", "");
        for (String line : joined.split("\n")) {
            String l = line.strip();
            if (l.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1)) {
                found.add(l.substring(keyword.length() + 1).strip());
            }
        }
        return found;
    }
}
