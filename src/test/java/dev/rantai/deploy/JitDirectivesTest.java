package dev.rantai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The JIT compiler directives of a node and of the training run that records its ahead-of-time cache
 * (deploy/jvm/compiler-directives.json, deploy/jvm/training-directives.json; docs/operations.md, "Fast start").
 */
class JitDirectivesTest {
    private static final Path NODE = Path.of("deploy/jvm/compiler-directives.json");
    private static final Path TRAINING = Path.of("deploy/jvm/training-directives.json");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "match:\\s*(\\[[^\\]]*\\]|\"[^\"]*\")\\s*,\\s*(c1|c2):\\s*\\{\\s*Exclude:\\s*(true|false)\\s*\\}");

    @Test
    void theTrainingLeavesOutExactlyTheMethodsTheNodeCompilesWithC2() throws IOException {
        // A method the training compiles at level 1 is compiled at level 1 by the node, at once, and kept there:
        // were the proof of work in the training, the node would mine with C1's code, 8 times slower.
        List<String[]> node = directives(NODE);
        List<String[]> training = directives(TRAINING);

        assertThat(node).hasSize(2);
        assertThat(node.get(0)).containsExactly(node.get(0)[0], "c2", "false");
        assertThat(node.get(1)).containsExactly("\"*.*\"", "c2", "true");
        assertThat(training).singleElement().satisfies(t -> {
            assertThat(t[1]).isEqualTo("c1");
            assertThat(t[2]).isEqualTo("true");
            assertThat(methods(t[0])).isEqualTo(methods(node.get(0)[0])).isNotEmpty();
        });
    }

    @Test
    void theTrainingRunsC1AloneWithItsDirectivesOnJava25() throws IOException {
        String train = Files.readString(Path.of("deploy/jvm/train.sh"));

        assertThat(train)
                .contains("-XX:TieredStopAtLevel=1",
                        "-XX:CompilerDirectivesFile=$(dirname \"$OPTIONS\")/training-directives.json")
                .contains("node trained \"127.0.0.1:$HOLDER_P2P\" \"${RECORD[@]}\" \"${JIT[@]}\"");
    }

    /** Each directive as {match list, compiler, Exclude}, comments left out. */
    private static List<String[]> directives(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("(?m)//.*$", "");
        Matcher m = DIRECTIVE.matcher(text);
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new String[] { m.group(1).strip(), m.group(2), m.group(3) });
        }
        return found;
    }

    private static List<String> methods(String matchList) {
        return Pattern.compile("\"([^\"]+)\"").matcher(matchList).results().map(r -> r.group(1)).sorted().toList();
    }
}
