package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import dev.rantai.it.FreePorts;

/**
 * Two packaged nodes as processes on loopback, peered with each other, each with its dashboard
 * open in the browser: what happens on one shows on the other's open page, without a reload.
 */
class DashboardTwoNodesIT {
    private static final Path JAR = Path.of(System.getProperty("rantai.jar", "target/quarkus-app/quarkus-run.jar"));

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int[] p2p = new int[2];
    private final int[] web = new int[2];
    private final Process[] nodes = new Process[2];
    private Browser browser;

    @BeforeEach
    void startTwoPeeredNodes() throws Exception {
        assertThat(JAR).as("the packaged node (mvn package)").exists();
        int[] ports = FreePorts.of(4);
        p2p[0] = ports[0];
        p2p[1] = ports[1];
        web[0] = ports[2];
        web[1] = ports[3];
        nodes[0] = start(0);
        nodes[1] = start(1);
        awaitPeers(0, 1);
        awaitPeers(1, 1);
        browser = new Browser();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        for (Process p : nodes) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void dataSubmittedOnOneNodesPageAppearsOnTheOtherNodesOpenPage() {
        WebDriver d = browser.driver();
        String pageOfB = open(d, 1, "/");
        d.switchTo().newWindow(WindowType.WINDOW);
        String pageOfA = open(d, 0, "/");

        d.findElement(By.id("block-data")).sendKeys("typed on node A");
        d.findElement(By.cssSelector("form[data-submit] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("submit-status")).getText()
                        .startsWith("Mined block 1"));
        // A's own feed shows the block going out to B.
        await().atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("feed")).getText().contains("block"));

        d.switchTo().window(pageOfB);
        await().atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("newest-blocks")).getText()
                        .contains("typed on node A"));
        // the stat is swapped as the page updates live: read in one script call, until it shows the block
        await().atMost(Duration.ofSeconds(10)).until(() -> "1".equals(textOf("[data-stat=height]")));
        assertThat(browser.script("return window.rantaiMark;")).isEqualTo("not reloaded");
        await().atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("feed")).getText().contains("block"));
        browser.fullPageScreenshot("overview-two-nodes");
        d.switchTo().window(pageOfA);
    }

    @Test
    void thePeersPageShowsAPeerGoingDownAndComingBack() throws Exception {
        WebDriver d = browser.driver();
        open(d, 1, "/peers");
        String a = "127.0.0.1:" + p2p[0];
        await().atMost(Duration.ofSeconds(5)).until(() -> stateOf(a).equals("connected"));

        nodes[0].destroy();
        assertThat(nodes[0].waitFor(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !stateOf(a).equals("connected")
                && !stateOf(a).isEmpty());
        browser.screenshot("peers-down");

        nodes[0] = start(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> stateOf(a).equals("connected"));
        assertThat(browser.script("return window.rantaiMark;")).isEqualTo("not reloaded");
        browser.screenshot("peers-up");
    }

    /** The text of the first element matching {@code css}, read in one script call; empty if there is none. */
    private String textOf(String css) {
        return (String) browser.script("var e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : '';",
                css);
    }

    /** Read in one script call: the live region may be swapped between finding an element and reading it. */
    private String stateOf(String peerAddress) {
        return (String) browser.script("var e = document.querySelector(\"tr[data-peer='\" + arguments[0]"
                + " + \"'] .state\"); return e ? e.textContent.trim() : '';", peerAddress);
    }

    private String open(WebDriver d, int node, String path) {
        d.get("http://127.0.0.1:" + web[node] + path);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "Live".equals(d.findElement(By.id("live-status")).getText()));
        browser.script("window.rantaiMark = 'not reloaded';");
        return d.getWindowHandle();
    }

    private Process start(int index) throws IOException {
        Path data = dir.resolve("node-" + index);
        Files.createDirectories(data);
        int other = 1 - index;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Drantai.data-dir=" + data,
                "-Drantai.chain.difficulty=8",
                "-Drantai.p2p.host=127.0.0.1",
                "-Drantai.p2p.port=" + p2p[index],
                "-Drantai.p2p.peers=127.0.0.1:" + p2p[other],
                "-Drantai.p2p.ban-scope=address",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + web[index],
                "-jar", JAR.toAbsolutePath().toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node-" + index + ".log").toFile()));
        Process process = builder.start();
        await("node " + index + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("node " + index + " exited: "
                                + Files.readString(dir.resolve("node-" + index + ".log")));
                    }
                    return get(index, "/q/health/live").statusCode() == 200;
                });
        return process;
    }

    private void awaitPeers(int node, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> get(node, "/api/node").body().matches("(?s).*\"peers\"\\s*:\\s*" + count + "\\b.*"));
    }

    private HttpResponse<String> get(int node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web[node] + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
