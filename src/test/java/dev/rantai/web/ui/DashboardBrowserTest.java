package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboard in a real browser (Debian's chromium, headless), against one node. */
@QuarkusTest
class DashboardBrowserTest {
    private static Browser browser;

    @Inject
    ChainService chain;

    @Inject
    EventHub hub;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriver open(String path) {
        WebDriver d = browser.driver();
        d.get(root.toString().replaceAll("/$", "") + path);
        await().atMost(Duration.ofSeconds(5)).until(() -> "Live".equals(d.findElement(By.id("live-status")).getText()));
        // A page that reloads loses this mark: the tests check it is still there after live updates.
        browser.script("window.rantaiMark = 'not reloaded';");
        return d;
    }

    private static void assertNotReloaded() {
        assertThat(browser.script("return window.rantaiMark;")).isEqualTo("not reloaded");
    }

    @Test
    void theOverviewShowsTheChain() {
        chain.submit("shown on the overview").join();
        WebDriver d = open("/");
        assertThat(d.findElement(By.cssSelector("[data-stat=height]")).getText())
                .isEqualTo(Long.toString(chain.tip().height()));
        assertThat(d.findElement(By.cssSelector("[data-stat=tip]")).getText()).isEqualTo(chain.tip().hash());
        assertThat(d.findElement(By.id("newest-blocks")).getText()).contains("shown on the overview");
        assertThat(d.getPageSource()).contains(chain.rules().genesis().hash());
        browser.fullPageScreenshot("overview");
    }

    @Test
    void dataSubmittedOnThePageAppearsInTheBlockListWithoutAReload() {
        WebDriver d = open("/");
        long before = chain.tip().height();
        WebElement data = d.findElement(By.id("block-data"));
        data.sendKeys("typed in the browser");
        d.findElement(By.cssSelector("form[data-submit] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(5)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("submit-status")).getText()
                        .startsWith("Mined block " + (before + 1)));
        await().atMost(Duration.ofSeconds(2)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("newest-blocks")).getText()
                        .contains("typed in the browser"));
        // the live region may be swapped between finding an element and reading it
        await().atMost(Duration.ofSeconds(2)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.cssSelector("[data-stat=height]")).getText()
                        .equals(Long.toString(before + 1)));
        assertThat(d.findElement(By.id("block-data")).getAttribute("value")).isEmpty();
        assertNotReloaded();
    }

    @Test
    void blocksMinedElsewhereAppearOnTheOpenBlockList() {
        WebDriver d = open("/blocks");
        Block block = chain.submit("mined while the list is open").join();
        await().atMost(Duration.ofSeconds(2)).ignoreException(StaleElementReferenceException.class)
                .until(() -> !d.findElements(
                        By.cssSelector("#block-list tr[data-height='" + block.index() + "']")).isEmpty());
        await().atMost(Duration.ofSeconds(2)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.cssSelector("#block-list tr")).getText()
                        .contains("mined while the list is open"));
        assertNotReloaded();
        browser.screenshot("blocks");
    }

    @Test
    void badInputShowsItsErrorInThePage() {
        WebDriver d = open("/");
        long before = chain.tip().height();
        d.findElement(By.id("block-data")).clear();
        d.findElement(By.cssSelector("form[data-submit] button[type=submit]")).click();
        String expected = chain.rules().checkData("").orElseThrow().message();
        await().atMost(Duration.ofSeconds(5)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("submit-status")).getText()
                        .equals(expected));
        assertThat(d.findElement(By.id("submit-status")).getAttribute("class")).contains("error");
        assertThat(chain.tip().height()).isEqualTo(before);
        assertNotReloaded();
    }

    @Test
    void theBlockPageShowsHtmlInDataAsText() {
        String data = "<script>window.rantaiInjected = true;</script>"
                + "<img src=x onerror=\"window.rantaiInjected = true\">";
        Block block = chain.submit(data).join();
        WebDriver d = open("/blocks/" + block.hash());
        assertThat(d.findElement(By.id("block-data")).getText()).isEqualTo(data);
        assertThat(d.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.script("return window.rantaiInjected === undefined;")).isEqualTo(true);
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Block " + block.index());
        browser.screenshot("block");
    }

    @Test
    void theSearchBoxFindsABlockByHeight() {
        Block block = chain.submit("found by search").join();
        WebDriver d = open("/peers");
        WebElement q = d.findElement(By.id("search-q"));
        q.sendKeys(Long.toString(block.index()));
        q.submit();
        await().atMost(Duration.ofSeconds(5)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.tagName("h1")).getText()
                        .equals("Block " + block.index()));
        assertThat(d.findElement(By.id("block-data")).getText()).isEqualTo("found by search");
    }

    @Test
    void pagesLeftBehindCloseTheirEventStreams() {
        // Pages kept for Back must not hold their streams: the browser's 6 connections to the node would
        // run out, and the next page would not load.
        for (String path : List.of("/", "/blocks", "/peers", "/blocks/0", "/", "/blocks", "/peers", "/blocks/0")) {
            open(path);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.openStreams() == 1);
    }

    @Test
    void thePeersPageRenders() {
        WebDriver d = open("/peers");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Peers");
        assertThat(d.findElement(By.cssSelector("label[for=peer-address]")).getText()).isEqualTo("Address (host:port)");
        browser.screenshot("peers");
    }
}
