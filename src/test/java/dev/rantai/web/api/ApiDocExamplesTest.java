package dev.rantai.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * docs/api.md's examples, run with curl top to bottom on a fresh node (its own store, the
 * default difficulty of 16), as a reader would: every {@code curl} against {@code localhost:8080}
 * runs as written (only the port is this node's), and where the page shows the answer right
 * after the command, the answer must agree: the status line and the headers shown, and every
 * {@code "field":value} shown, except values that differ on every node (hashes, times, nonces,
 * work). Commands for another node (another port, a {@code java} start) are not run.
 */
@QuarkusTest
@TestProfile(ApiDocExamplesTest.FreshNode.class)
class ApiDocExamplesTest {
    public static class FreshNode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rantai.chain.difficulty", "16");
        }
    }

    private static final Path PAGE = Path.of("docs/api.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern
            .compile("\"([A-Za-z]+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+(?:\\.[0-9]+)?|true|false|null)");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** Fields whose values differ on every node and at every run. */
    private static final Set<String> VARYING = Set.of("timestamp", "tipTimestamp", "nonce", "work", "tookMs", "time",
            "seq", "last", "left", "uptimeSeconds", "firstSeen", "storedAt", "delayMillis", "second", "rttMillis",
            "nodeId", "lastSeen", "incident");

    @TestHTTPResource("/")
    URL root;

    /** A command block of the page, and the answer the page shows right after it (or null). */
    record Example(int line, List<String> commands, String shown) {
    }

    @Test
    void theExamplesOfApiMdRunTopToBottomOnAFreshNodeAndAnswerAsShown() throws Exception {
        List<Example> examples = examples(Files.readString(PAGE));
        List<String> problems = new ArrayList<>();
        int run = 0;
        int compared = 0;
        for (Example e : examples) {
            String output = null;
            for (String command : e.commands()) {
                if (!command.startsWith("curl ") || !command.contains("localhost:8080")) {
                    continue;
                }
                output = run(command.replace("localhost:8080", "localhost:" + root.getPort()), problems, e.line());
                run++;
            }
            if (e.shown() != null && output != null) {
                compare(e, output, problems);
                compared++;
            }
        }
        assertThat(run).as("curl commands run").isGreaterThan(25);
        assertThat(compared).as("answers compared").isGreaterThanOrEqualTo(10);
        assertThat(problems).as("examples of docs/api.md that do not hold").isEmpty();
    }

    /** The page's fenced blocks: each block of commands with the block that follows it directly, if any. */
    static List<Example> examples(String page) {
        List<Example> found = new ArrayList<>();
        Matcher m = FENCE.matcher(page);
        int previousEnd = -1;
        Example pending = null;
        while (m.find()) {
            String body = m.group(2);
            boolean adjacent = previousEnd >= 0 && page.substring(previousEnd, m.start()).isBlank();
            if (pending != null && adjacent && !isCommands(body)) {
                found.add(new Example(pending.line(), pending.commands(), body));
                pending = null;
            } else {
                if (pending != null) {
                    found.add(pending);
                    pending = null;
                }
                if (isCommands(body)) {
                    int line = (int) page.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    pending = new Example(line, body.lines().filter(l -> !l.isBlank()).toList(), null);
                }
            }
            previousEnd = m.end();
        }
        if (pending != null) {
            found.add(pending);
        }
        return found;
    }

    private static boolean isCommands(String body) {
        String first = body.lines().findFirst().orElse("");
        return first.startsWith("curl ") || first.startsWith("java ") || first.matches("[A-Z_]+=\\S+ .*");
    }

    private static String run(String command, List<String> problems, int line) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            problems.add("line " + line + ": `" + command + "` failed: " + new String(out, StandardCharsets.UTF_8));
        }
        String output = new String(out, StandardCharsets.UTF_8);
        if (output.contains("\"status\":500")) {
            problems.add("line " + line + ": `" + command + "` answered 500: " + output);
        }
        return output;
    }

    private static void compare(Example e, String actual, List<String> problems) {
        String shown = e.shown();
        String where = "line " + e.line() + " (`" + e.commands().get(e.commands().size() - 1) + "`)";
        if (shown.startsWith("HTTP/")) {
            String[] head = shown.split("\n\n", 2)[0].split("\n");
            String[] actualHead = actual.replace("\r", "").split("\n\n", 2)[0].split("\n");
            if (!actualHead[0].trim().equals(head[0].trim())) {
                problems.add(where + ": status " + actualHead[0].trim() + ", the page shows " + head[0].trim());
            }
            for (int i = 1; i < head.length; i++) {
                String name = head[i].substring(0, head[i].indexOf(':')).toLowerCase(Locale.ROOT);
                String value = head[i].substring(head[i].indexOf(':') + 1).trim();
                String got = null;
                for (String h : actualHead) {
                    if (h.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                        got = h.substring(h.indexOf(':') + 1).trim();
                    }
                }
                Matcher hash = HASH.matcher(value);
                String expected = hash.find() ? value.substring(0, hash.start()) : value;
                if (got == null || !got.startsWith(expected) || (expected.equals(value) && !got.equals(value))) {
                    problems.add(where + ": header " + name + " is " + got + ", the page shows " + value);
                }
            }
        }
        Matcher field = FIELD.matcher(shown);
        while (field.find()) {
            if (VARYING.contains(field.group(1)) || HASH.matcher(field.group(2)).find()) {
                continue;
            }
            if (!actual.contains(field.group())) {
                problems.add(where + ": no " + field.group() + " in the answer " + actual);
            }
        }
    }
}
