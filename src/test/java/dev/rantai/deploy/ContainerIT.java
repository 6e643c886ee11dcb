package dev.rantai.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The container image run as the StatefulSet runs it, three nodes on a podman network: deploy/container/test.sh,
 * which says what it checks. Where a Java 25 JDK is installed (JAVA25_HOME, default
 * /usr/lib/jvm/temurin-25-jdk-amd64) the image must be the production one of src/main/docker/Dockerfile.aot,
 * running Java 25 with its ahead-of-time cache; elsewhere the script tests the Java 17 image of Dockerfile.jvm.
 * Skipped, saying why, on a machine without podman or debootstrap or when not run as root; .ci/run installs
 * both and runs as root, so CI always runs it.
 */
class ContainerIT {
    private static final Path SCRIPT = Path.of("deploy/container/test.sh");
    private static final Path LOG = Path.of("target/container-test.log");
    private static final long LIMIT_MINUTES = 20;
    private static final Path JAVA25_HOME = Path
            .of(System.getenv().getOrDefault("JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @Test
    void imageRunsThreeNodesAsTheStatefulSetDoes() throws Exception {
        skipUnless(onPath("podman"), "podman is not installed (apt-get install podman runc; .ci/run installs them)");
        skipUnless(onPath("debootstrap"), "debootstrap is not installed (apt-get install debootstrap; .ci/run installs it)");
        skipUnless("root".equals(System.getProperty("user.name")), "podman and debootstrap run here as root only");

        Process script = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true)
                .redirectOutput(LOG.toFile()).start();
        boolean ended = script.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            script.descendants().forEach(ProcessHandle::destroy);
            script.destroy();
            script.waitFor(2, TimeUnit.MINUTES);
        }
        String output = Files.readString(LOG, StandardCharsets.UTF_8);
        System.out.println(output.lines().filter(l -> l.startsWith("container-test:")).reduce("",
                (a, b) -> a + b + System.lineSeparator()));

        assertThat(ended).as("%s within %d minutes; its output:%n%s", SCRIPT, LIMIT_MINUTES, output).isTrue();
        assertThat(script.exitValue()).as("exit code of %s; its output:%n%s", SCRIPT, output).isZero();
        assertThat(output).contains("container-test: passed");
        if (Files.isExecutable(JAVA25_HOME.resolve("bin/jlink"))) {
            assertThat(output).as("the production image where %s is installed", JAVA25_HOME)
                    .contains("(src/main/docker/Dockerfile.aot) built")
                    .contains("container-test: the image runs openjdk version \"25");
        }
    }

    private static void skipUnless(boolean condition, String why) {
        if (!condition) {
            System.out.println("ContainerIT skipped: " + why);
        }
        assumeTrue(condition, why);
    }

    private static boolean onPath(String command) throws IOException {
        List<String> dirs = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        try (Stream<String> candidates = Stream.concat(dirs.stream(), Stream.of("/usr/sbin", "/sbin"))) {
            return candidates.anyMatch(d -> Files.isExecutable(Path.of(d, command)));
        }
    }
}
