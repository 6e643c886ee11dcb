package dev.rantai.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The Kubernetes manifests against what the application serves and reads; no cluster involved. */
class KubernetesManifestsTest {
    private static final String HEADLESS = "rantai-p2p";

    private final JsonNode statefulSet = Manifests.resource("StatefulSet", "rantai");
    private final JsonNode pod = statefulSet.path("spec").path("template");
    private final JsonNode container = pod.path("spec").path("containers").get(0);

    @Test
    void kustomizationListsEveryPartOfTheNetwork() {
        Set<String> kinds = new TreeSet<>();
        Manifests.resources().forEach(d -> kinds.add(d.path("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("Namespace", "Service", "StatefulSet", "PodDisruptionBudget");
        assertThat(Manifests.generated("configMapGenerator", "rantai-config")).isNotEmpty();
        assertThat(Manifests.generated("secretGenerator", "rantai-api-token")).containsOnlyKeys("RANTAI_API_TOKEN");
    }

    @Test
    void statefulSetRunsThreeNodesBehindTheHeadlessP2pService() {
        assertThat(statefulSet.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(statefulSet.path("spec").path("serviceName").asText()).isEqualTo(HEADLESS);

        JsonNode p2p = Manifests.resource("Service", HEADLESS).path("spec");
        assertThat(p2p.path("clusterIP").asText()).isEqualTo("None");
        assertThat(p2p.path("publishNotReadyAddresses").asBoolean()).isTrue();
    }

    @Test
    void probesAskTheHealthEndpointsOnTheHttpPort() {
        assertThat(probePath("startupProbe")).isEqualTo("/q/health/started");
        assertThat(probePath("livenessProbe")).isEqualTo("/q/health/live");
        assertThat(probePath("readinessProbe")).isEqualTo("/q/health/ready");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("http");
        }
        // The non-application root and the health paths are Quarkus defaults: nobody moved them.
        assertThat(Manifests.applicationProperties().stringPropertyNames())
                .noneMatch(k -> k.equals("quarkus.http.non-application-root-path")
                        || k.startsWith("quarkus.smallrye-health."));
    }

    @Test
    void containerPortsAreThePortsTheApplicationListensOn() {
        int http = Manifests.applicationPort("quarkus.http.port");
        int p2p = Manifests.applicationPort("rantai.p2p.port");

        assertThat(containerPort("http")).isEqualTo(http);
        assertThat(containerPort("p2p")).isEqualTo(p2p);
        assertThat(Manifests.generated("configMapGenerator", "rantai-config").get("RANTAI_P2P_PORT"))
                .isEqualTo(Integer.toString(p2p));

        JsonNode headlessPort = Manifests.resource("Service", HEADLESS).path("spec").path("ports").get(0);
        assertThat(headlessPort.path("port").asInt()).isEqualTo(p2p);
        assertThat(headlessPort.path("targetPort").asText()).isEqualTo("p2p");
        JsonNode httpPort = Manifests.resource("Service", "rantai-http").path("spec").path("ports").get(0);
        assertThat(httpPort.path("port").asInt()).isEqualTo(http);
        assertThat(httpPort.path("targetPort").asText()).isEqualTo("http");
    }

    @Test
    void peersAreFoundThroughTheHeadlessServiceOnTheP2pPort() {
        int p2p = Manifests.applicationPort("rantai.p2p.port");
        Map<String, String> env = containerEnv();

        assertThat(env.get("RANTAI_P2P_DISCOVERY_DNS"))
                .isEqualTo(HEADLESS + ".$(POD_NAMESPACE).svc.cluster.local:" + p2p);
        assertThat(env.get("RANTAI_P2P_ADVERTISED_ADDRESS"))
                .isEqualTo("$(POD_NAME)." + HEADLESS + ".$(POD_NAMESPACE).svc.cluster.local:" + p2p);
        // $(VAR) only expands variables defined earlier in the same list.
        List<String> names = envNames();
        assertThat(names.indexOf("POD_NAMESPACE")).isLessThan(names.indexOf("RANTAI_P2P_DISCOVERY_DNS"));
        assertThat(names.indexOf("POD_NAME")).isLessThan(names.indexOf("RANTAI_P2P_ADVERTISED_ADDRESS"));
    }

    @Test
    void everyRantaiVariableIsAKeyTheApplicationReads() {
        Set<String> set = new TreeSet<>(containerEnv().keySet());
        set.addAll(Manifests.generated("configMapGenerator", "rantai-config").keySet());
        set.addAll(Manifests.generated("secretGenerator", "rantai-api-token").keySet());
        set.removeIf(name -> !name.startsWith("RANTAI_"));

        assertThat(set).contains("RANTAI_DATA_DIR", "RANTAI_P2P_DISCOVERY_DNS", "RANTAI_API_TOKEN");
        assertThat(RantaiConfigKeys.environmentVariables()).containsAll(set);
    }

    @Test
    void settingsComeFromTheGeneratedConfigMapAndTheTokenFromTheSecret() {
        List<String> configMaps = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                configMaps.add(from.path("configMapRef").path("name").asText());
            }
            if (from.has("secretRef")) {
                secrets.add(from.path("secretRef").path("name").asText());
            }
        }
        assertThat(configMaps).containsExactly("rantai-config");
        assertThat(secrets).containsExactly("rantai-api-token");
        assertThat(Manifests.generated("configMapGenerator", "rantai-config")).doesNotContainKey("RANTAI_API_TOKEN");
    }

    @Test
    void eachNodeKeepsItsChainOnItsOwnVolumeClaimAndWritesNothingElseButTmp() {
        String dataDir = Manifests.generated("configMapGenerator", "rantai-config").get("RANTAI_DATA_DIR");
        JsonNode claim = statefulSet.path("spec").path("volumeClaimTemplates").get(0);

        assertThat(mountedVolume(dataDir)).isEqualTo(claim.path("metadata").path("name").asText());
        assertThat(claim.path("spec").path("accessModes")).extracting(JsonNode::asText)
                .containsExactly("ReadWriteOnce");
        String tmp = mountedVolume("/tmp");
        assertThat(pod.path("spec").path("volumes")).anySatisfy(v -> {
            assertThat(v.path("name").asText()).isEqualTo(tmp);
            assertThat(v.has("emptyDir")).isTrue();
        });
    }

    @Test
    void runsAsTheImagesNonRootUserOnAReadOnlyRoot() {
        JsonNode podSecurity = pod.path("spec").path("securityContext");
        JsonNode security = container.path("securityContext");

        assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(podSecurity.path("runAsUser").asText()).isEqualTo(ContainerFilesTest.dockerfileUser());
        assertThat(podSecurity.path("fsGroup").asText()).isEqualTo(ContainerFilesTest.dockerfileUser());
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
    }

    @Test
    void requestsAndLimitsAreSet() {
        JsonNode resources = container.path("resources");
        for (String bound : List.of("requests", "limits")) {
            assertThat(resources.path(bound).path("cpu").asText()).as(bound + " cpu").isNotEmpty();
            assertThat(resources.path(bound).path("memory").asText()).as(bound + " memory").isNotEmpty();
        }
    }

    @Test
    void servicesAndDisruptionBudgetSelectTheNodes() {
        Map<String, String> podLabels = strings(pod.path("metadata").path("labels"));
        assertThat(podLabels).containsAllEntriesOf(strings(statefulSet.path("spec").path("selector")
                .path("matchLabels")));
        assertThat(podLabels).containsAllEntriesOf(strings(Manifests.resource("Service", HEADLESS)
                .path("spec").path("selector")));
        assertThat(podLabels).containsAllEntriesOf(strings(Manifests.resource("Service", "rantai-http")
                .path("spec").path("selector")));
        JsonNode pdb = Manifests.resource("PodDisruptionBudget", "rantai").path("spec");
        assertThat(podLabels).containsAllEntriesOf(strings(pdb.path("selector").path("matchLabels")));
        assertThat(pdb.path("maxUnavailable").asInt()).isEqualTo(1);
    }

    @Test
    void terminationGraceCoversTheShutdownDelayAndTimeout() {
        Duration delay = Duration.parse("PT" + Manifests.applicationProperties().getProperty("quarkus.shutdown.delay"));
        Duration timeout = Duration
                .parse("PT" + Manifests.applicationProperties().getProperty("quarkus.shutdown.timeout"));
        long grace = pod.path("spec").path("terminationGracePeriodSeconds").asLong();

        assertThat(Duration.ofSeconds(grace)).isGreaterThan(delay.plus(timeout));
    }

    /** Where kubectl is installed, the rendered output must carry the same wiring, with the generated names. */
    @Test
    void kubectlRendersTheKustomizationWithGeneratedNamesWired() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed: the files were checked unrendered only");
        Process render = new ProcessBuilder("kubectl", "kustomize", Manifests.KUSTOMIZE_DIR.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();

        List<JsonNode> docs = Manifests.parseAll(yaml);
        Map<String, String> generatedNames = new HashMap<>();
        for (JsonNode d : docs) {
            assertThat(d.path("metadata").path("namespace").asText(d.path("metadata").path("name").asText()))
                    .isEqualTo("rantai");
            if (d.path("kind").asText().equals("ConfigMap") || d.path("kind").asText().equals("Secret")) {
                generatedNames.put(d.path("kind").asText(), d.path("metadata").path("name").asText());
            }
        }
        JsonNode rendered = docs.stream().filter(d -> d.path("kind").asText().equals("StatefulSet")).findFirst()
                .orElseThrow().path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(rendered.path("envFrom").findValuesAsText("name"))
                .containsExactly(generatedNames.get("ConfigMap"), generatedNames.get("Secret"));
        assertThat(generatedNames.get("ConfigMap")).startsWith("rantai-config-");
        assertThat(rendered.path("image").asText()).isEqualTo("rantai-node:0.1.0-SNAPSHOT");
    }

    private String probePath(String probe) {
        return container.path(probe).path("httpGet").path("path").asText();
    }

    private int containerPort(String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("the container has no port named " + name);
    }

    private String mountedVolume(String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                return mount.path("name").asText();
            }
        }
        throw new AssertionError("nothing is mounted at " + path);
    }

    private List<String> envNames() {
        List<String> names = new ArrayList<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    private Map<String, String> containerEnv() {
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        return env;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new HashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).map(Path::of)
                .anyMatch(dir -> Files.isExecutable(dir.resolve(command)));
    }
}
