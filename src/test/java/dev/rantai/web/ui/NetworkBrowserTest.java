package dev.rantai.web.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import dev.rantai.node.P2pService;
import dev.rantai.p2p.P2pConfig;
import dev.rantai.p2p.TestNode;
import dev.rantai.p2p.peer.PeerAddress;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Three nodes: B is this Quarkus node with its dashboard, A and C are complete nodes in the test's
 * JVM. A dials B and C; B dials C. One headless chromium shows B's pages throughout.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkBrowserTest {
    private static Browser browser;
    private static TestNode a;
    private static TestNode c;
    private static Path cDir;
    private static int cPort;

    @Inject
    ChainService chain;

    @Inject
    P2pService p2p;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void startTheNetwork() throws Exception {
        if (browser != null) {
            return;
        }
        // the browser first: if it cannot start, no node is left running for the next test to trip over
        Browser started = new Browser();
        PeerAddress b = new PeerAddress("127.0.0.1", p2p.node().orElseThrow().port());
        cDir = Files.createTempDirectory("rantai-c");
        c = TestNode.start(cDir, 8, P2pConfig.loopback(List.of()));
        cPort = c.p2p.port();
        a = TestNode.start(Files.createTempDirectory("rantai-a"), 8, b, c.address());
        given().contentType("application/json").body("{\"address\":\"" + c.address() + "\"}").post("/api/peers")
                .then().statusCode(202);
        browser = started;
        await().atMost(Duration.ofSeconds(20)).until(() -> connected().size() == 2);
    }

    @AfterEach
    void phoneOff() {
        if (browser != null) {
            browser.clearScreenEmulation();
        }
    }

    @AfterAll
    static void stopTheNetwork() {
        if (browser != null) {
            browser.close();
        }
        if (a != null) {
            a.close();
        }
        if (c != null) {
            c.close();
        }
    }

    private List<String> connected() {
        return p2p.node().orElseThrow().peers().join().stream()
                .filter(v -> v.state().id().equals("connected")).map(v -> v.address()).toList();
    }

    private WebDriver open(String path) {
        WebDriver d = browser.driver();
        d.get(root.toString().replaceAll("/$", "") + path);
        return d;
    }

    /** The node's state in the map's table and the class of its node in the drawing, read at once (both are live). */
    private static String mapState(WebDriver d, String address) {
        return String.valueOf(browser.script("var row = document.querySelector('#map-table tr[data-node=\"' + arguments[0]"
                + " + '\"] .state'); var g = document.querySelector('#net-map g.node[data-address=\"' + arguments[0]"
                + " + '\"]'); return (row ? row.textContent : '') + ' | ' + (g ? g.getAttribute('class') : '');",
                address));
    }

    @Test
    @Order(1)
    void theMapShowsTheThreeNodesAndTheirLinks() {
        WebDriver d = open("/network");
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#net-map g.node")).size() >= 3);
        String aAddress = a.address().toString();
        String cAddress = c.address().toString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mapState(d, aAddress)).contains("connected").contains("state-connected");
            assertThat(mapState(d, cAddress)).contains("connected").contains("state-connected");
        });
        // B's own links to both, and A's report of C (A asked every peer for its peers at the handshake).
        Number sessions = (Number) browser.script("return document.querySelectorAll('#net-map path.link-session').length;");
        assertThat(sessions.intValue()).isEqualTo(2);
        // Read in one script call: the map's table is redrawn every two seconds, and a row found by one command
        // can be gone by the next.
        await().atMost(Duration.ofSeconds(10)).until(() -> String.valueOf(browser.script("var row = document.querySelector("
                + "'#map-table tr[data-node=\"' + arguments[0] + '\"]'); return row ? row.innerText : '';", aAddress))
                .contains(cAddress));
        // Keyboard: Tab reaches a node of the map, and Enter shows its details.
        WebElement node = d.findElement(By.cssSelector("#net-map g.node[data-address='" + aAddress + "']"));
        browser.script("arguments[0].focus();", node);
        node.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(d.findElement(By.id("node-details")).getText()).contains(aAddress).contains("connected");
        browser.fullPageScreenshot("network");
    }

    @Test
    @Order(2)
    void aBlockMinedOnAFlashesOnTheMapAndAppearsInTheInspectorAndOnTheOpenBlockPage() {
        WebDriver d = open("/blocks/" + chain.tip().hash());
        String blockTab = d.getWindowHandle();
        d.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("/network");
        String networkTab = d.getWindowHandle();
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#net-map g.node")).size() >= 3);
        browser.script("document.getElementById('net-map').dataset.animated = '0'; window.dotsSeen = 0;"
                + "new MutationObserver(function (r) { r.forEach(function (m) { window.dotsSeen += m.addedNodes.length; }); })"
                + ".observe(document.querySelector('.map-wrap .packets'), { childList: true });");
        Block mined = a.mine("seen on the map");
        await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().hash().equals(mined.hash()));
        // The page polls once a second; the machine may be busy with other builds.
        await().atMost(Duration.ofSeconds(15)).until(() -> Integer.parseInt(String.valueOf(
                browser.script("return document.getElementById('net-map').dataset.animated || '0';"))) > 0);
        assertThat(((Number) browser.script("return window.dotsSeen;")).intValue()).as("dots over the map").isPositive();
        WebElement message = await().atMost(Duration.ofSeconds(15)).until(() -> d.findElements(By.cssSelector(
                "#inspector li[data-type='block'][data-direction='in']")).stream()
                .filter(li -> String.valueOf(li.getAttribute("textContent")).contains(mined.hash())).findFirst()
                .orElse(null), m -> m != null);
        // The list grows live: a message added above it may move the item between finding and clicking.
        await().atMost(Duration.ofSeconds(5)).ignoreExceptionsInstanceOf(ElementClickInterceptedException.class)
                .until(() -> {
                    if (message.findElement(By.tagName("details")).getAttribute("open") == null) {
                        message.findElement(By.tagName("summary")).click();
                    }
                    return message.findElement(By.tagName("details")).getAttribute("open") != null;
                });
        assertThat(message.getText()).contains("block " + mined.index()).contains(mined.hash());
        browser.screenshot("network-inspector");
        d.switchTo().window(blockTab);
        await().atMost(Duration.ofSeconds(5)).until(() -> d.findElement(By.id("next-block")).findElements(By.tagName("a"))
                .stream().anyMatch(l -> l.getAttribute("href").endsWith("/blocks/" + mined.hash())));
        d.close();
        d.switchTo().window(networkTab);
        // Its page says who sent it first, and when the other peer sent it.
        open("/blocks/" + mined.hash());
        WebElement how = d.findElement(By.id("propagation"));
        assertThat(how.getText()).contains("received from").contains("announced");
        assertThat(d.findElements(By.cssSelector("#announcements tr[data-peer]"))).isNotEmpty();
        browser.fullPageScreenshot("block-propagation");
    }

    @Test
    @Order(3)
    void theInspectorsFiltersAndPauseWork() {
        WebDriver d = open("/network");
        a.mine("for the filters");
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#inspector li")).size() > 3);
        // ping/pong are hidden unless asked for
        assertThat(visible(d, "ping")).isZero();
        new Select(d.findElement(By.id("f-type"))).selectByVisibleText("block");
        assertThat(d.findElements(By.cssSelector("#inspector li:not([hidden])"))).allSatisfy(li -> assertThat(
                li.getAttribute("data-type")).isEqualTo("block"));
        d.findElement(By.id("f-dir")).sendKeys("sent");
        assertThat(d.findElements(By.cssSelector("#inspector li:not([hidden])"))).allSatisfy(li -> assertThat(
                li.getAttribute("data-direction")).isEqualTo("out"));
        new Select(d.findElement(By.id("f-dir"))).selectByValue("");
        new Select(d.findElement(By.id("f-type"))).selectByValue("");
        d.findElement(By.id("inspector-pause")).click();
        assertThat(d.findElement(By.id("inspector-status")).getText()).startsWith("Paused");
        int before = d.findElements(By.cssSelector("#inspector li")).size();
        Block whilePaused = a.mine("while paused");
        await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().hash().equals(whilePaused.hash()));
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(d.findElements(By.cssSelector("#inspector li"))).hasSize(before);
        d.findElement(By.id("inspector-pause")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> d.findElements(By.cssSelector("#inspector li")).stream()
                .anyMatch(li -> String.valueOf(li.getAttribute("textContent")).contains(whilePaused.hash())));
    }

    @Test
    @Order(7)
    void theMapIsNotDrawnAgainForNewHeightsWhichChangeInPlaceInTheDrawingAndTheTable() {
        WebDriver d = open("/network");
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#net-map g.node")).size() >= 3);
        browser.script("window.drawnSelf = document.querySelector('#net-map g.node.self');");
        String self = String.valueOf(browser.script("return window.drawnSelf.dataset.address;"));
        // Two blocks: the first peers event after a page is rendered fetches the page again once anyway.
        for (int i = 0; i < 2; i++) {
            Block mined = a.mine("height " + i);
            await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().hash().equals(mined.hash()));
            String height = String.valueOf(mined.index());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(browser.script("return document.querySelector('#net-map g.node.self text.sub').textContent;"))
                        .asString().endsWith(" " + height);
                assertThat(browser.script("return document.querySelector('#map-table tr[data-node=\"' + arguments[0]"
                        + " + '\"] td[data-label=\"Height\"]').textContent.trim();", self)).isEqualTo(height);
            });
        }
        assertThat(browser.script("return document.querySelector('#net-map g.node.self') === window.drawnSelf;"))
                .as("the same drawing, its figures changed in place").isEqualTo(true);
    }

    @Test
    @Order(8)
    void aHiddenNetworkPageFetchesNothingAndCatchesUpWhenShownAgain() {
        WebDriver d = open("/network");
        String networkTab = d.getWindowHandle();
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#net-map g.node")).size() >= 3);
        browser.script("window.fetchedWhileHidden = []; window.wasHidden = false; var f = window.fetch;"
                + "window.fetch = function (url) { if (document.hidden) window.fetchedWhileHidden.push(String(url));"
                + "  return f.apply(this, arguments); };"
                + "document.addEventListener('visibilitychange', function () { if (document.hidden) window.wasHidden = true; });");
        d.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        Block mined = a.mine("while the page was hidden");
        await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().hash().equals(mined.hash()));
        // Three of its one-second polls would have come by now.
        await().pollDelay(Duration.ofMillis(3500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        d.close();
        d.switchTo().window(networkTab);
        assertThat(browser.script("return window.wasHidden;")).as("the page was hidden").isEqualTo(true);
        assertThat(browser.script("return window.fetchedWhileHidden;")).asList().as("fetched while hidden").isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#inspector li")).stream()
                .anyMatch(li -> String.valueOf(li.getAttribute("textContent")).contains(mined.hash())));
    }

    @Test
    @Order(9)
    void aPollListsTheNewestFiveOfEachDirectionAndTypeAndCountsTheRestAsTooFast() {
        Block one = a.mine("before the burst");
        await().atMost(Duration.ofSeconds(10)).until(() -> chain.tip().hash().equals(one.hash()));
        WebDriver d = open("/network");
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#inspector li")).size() > 0);
        // A second is counted once complete: the block's second reaches the table within two polls.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !d.findElements(By.cssSelector("#traffic-table tr[data-type='block']")).isEmpty());
        browser.script("window.blockRow = document.querySelector('#traffic-table tr[data-type=\"block\"]');"
                + " window.blockRate = window.blockRow.cells[1].textContent;");
        d.findElement(By.id("inspector-pause")).click();
        int before = blocksReceived(d);
        // While paused the page asks for nothing: the first poll after Resume gets all of them at once.
        List<Block> burst = a.mine("burst ", 30);
        Block newest = burst.get(burst.size() - 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> chain.tip().hash().equals(newest.hash()));
        d.findElement(By.id("inspector-pause")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#inspector li")).stream()
                .anyMatch(li -> String.valueOf(li.getAttribute("textContent")).contains(newest.hash())));
        assertThat(blocksReceived(d) - before).as("block messages received, listed by the poll").isBetween(1, 5);
        assertThat(d.findElement(By.id("inspector-status")).getText()).containsPattern("; \\d+ came too fast");
        // The traffic table's figures change in place: the same row, a new rate.
        await().atMost(Duration.ofSeconds(10)).until(() -> !String.valueOf(browser.script(
                "return document.querySelector('#traffic-table tr[data-type=\"block\"]').cells[1].textContent;"))
                .equals(browser.script("return window.blockRate;")));
        assertThat(
                browser.script("return document.querySelector('#traffic-table tr[data-type=\"block\"]') === window.blockRow;"))
                .as("the same row, its figures changed in place").isEqualTo(true);
    }

    @Test
    @Order(10)
    void aSlowNodeIsPolledOnceAtATimeAndNoMessageIsListedTwice() {
        WebDriver d = open("/network");
        await().atMost(Duration.ofSeconds(10)).until(() -> d.findElements(By.cssSelector("#inspector li")).size() > 0);
        // Every answer of the message log takes 2.5 s to come: the page's one-second timer ticks meanwhile.
        browser.script("window.msgInFlight = 0; window.msgMostInFlight = 0; window.msgAnswered = 0; var f = window.fetch;"
                + "window.fetch = function (url) { var self = this, args = arguments;"
                + "  if (String(url).indexOf('/api/network/messages') < 0) return f.apply(self, args);"
                + "  window.msgInFlight++; window.msgMostInFlight = Math.max(window.msgMostInFlight, window.msgInFlight);"
                + "  return new Promise(function (r) { setTimeout(r, 2500); }).then(function () { return f.apply(self, args); })"
                + "    .finally(function () { window.msgInFlight--; window.msgAnswered++; }); };");
        Block newest = a.mine("while the node answers slowly", 3).get(2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ((Number) browser.script("return window.msgAnswered;")).intValue() >= 2
                        && d.findElements(By.cssSelector("#inspector li")).stream()
                                .anyMatch(li -> String.valueOf(li.getAttribute("textContent")).contains(newest.hash())));

        assertThat(((Number) browser.script("return window.msgMostInFlight;")).intValue()).as("polls on their way at once")
                .isEqualTo(1);
        assertThat(((Number) browser.script("var seqs = Array.prototype.map.call("
                + "document.querySelectorAll('#inspector li'), function (li) { return li.dataset.seq; });"
                + " return seqs.length - new Set(seqs).size;")).intValue()).as("messages listed twice").isZero();
    }

    private static int blocksReceived(WebDriver d) {
        return d.findElements(By.cssSelector("#inspector li[data-type='block'][data-direction='in']")).size();
    }

    private static long visible(WebDriver d, String type) {
        return d.findElements(By.cssSelector("#inspector li[data-type='" + type + "']")).stream()
                .filter(WebElement::isDisplayed).count();
    }

    @Test
    @Order(4)
    void aPeerGoingDownAndComingBackIsSeenOnTheMap() {
        WebDriver d = open("/network");
        String cAddress = c.address().toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> mapState(d, cAddress).contains("state-connected"));
        // The table follows the map's own poll, not only a fetch of the whole page: with every such fetch
        // failing, both still show the peer gone.
        browser.script("window.realFetch = window.fetch; window.fetch = function (url) {"
                + " if (String(url) === location.href) return Promise.reject(new Error('offline'));"
                + " return window.realFetch.apply(this, arguments); };");
        c.close();
        await().atMost(Duration.ofSeconds(15)).until(() -> !mapState(d, cAddress).contains("connected"));
        browser.fullPageScreenshot("network-peer-down");
        browser.script("window.fetch = window.realFetch;");
        c = TestNode.start(cDir, 8, P2pConfig.loopback(List.of()).withPort(cPort));
        await().atMost(Duration.ofSeconds(40)).until(() -> mapState(d, cAddress).contains("state-connected"));
    }

    @Test
    @Order(5)
    void aHashIsCopiedAndItsShortFormFindsTheBlock() {
        browser.cdp("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Block block = chain.submit("copy me").join();
        // On the block's page: its hash's copy button.
        WebDriver d = open("/blocks/" + block.hash());
        await().atMost(Duration.ofSeconds(5)).until(() -> Boolean.TRUE.equals(browser.script(
                "var b = document.querySelector('.block-fields button.copy'); if (!b || b.hidden) return false;"
                        + " b.click(); return true;")));
        await().atMost(Duration.ofSeconds(3)).until(() -> "Copied".equals(browser.script(
                "return document.querySelector('.block-fields button.copy').textContent;")));
        Object copied = browser.asyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error ' + e); });");
        assertThat(copied).isEqualTo(block.hash());
        open("/blocks");
        String row = "tr[data-height='" + block.index() + "'] ";
        // The table's shortened hash, ellipsis and all, is a search.
        String shown = String.valueOf(browser.script("return document.querySelector(arguments[0] + 'td.hash code')"
                + ".textContent;", row));
        assertThat(shown).endsWith("…");
        WebElement search = d.findElement(By.id("search-q"));
        search.sendKeys(shown);
        search.submit();
        await().atMost(Duration.ofSeconds(5)).until(() -> d.getCurrentUrl().endsWith("/blocks/" + block.hash()));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Block " + block.index());
    }

    @Test
    @Order(6)
    void everyPageAtPhoneWidthShowsItsKeyColumnsWithoutSidewaysScrolling() {
        String hash = chain.tip().hash();
        Map<String, String> pages = Map.of("overview", "/", "blocks", "/blocks", "block", "/blocks/" + hash,
                "peers", "/peers", "network", "/network");
        browser.emulateScreen(390, 844, true);
        for (var page : pages.entrySet()) {
            WebDriver d = open(page.getValue());
            await().atMost(Duration.ofSeconds(5)).until(() -> "complete".equals(browser.script(
                    "return document.readyState;")));
            Number inner = (Number) browser.script("return window.innerWidth;");
            Number scroll = (Number) browser.script("return document.documentElement.scrollWidth;");
            assertThat(inner.intValue()).as(page.getKey() + ": the screen").isEqualTo(390);
            assertThat(scroll.intValue()).as(page.getKey() + ": no sideways scrolling").isLessThanOrEqualTo(390);
            // Every cell of every table, buttons included, lies within the screen.
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) browser.script("var out = [];"
                    + "document.querySelectorAll('main td, main td button, main td a').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5))"
                    + "    out.push((e.dataset.label || e.tagName) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));"
                    + "}); return out;");
            assertThat(outside).as(page.getKey() + ": cells outside the screen").isEmpty();
            browser.pageScreenshot("phone-" + page.getKey());
        }
        // The key columns are there, labelled, on the phone: height, hash and time of blocks; state and RTT of peers.
        WebDriver d = open("/blocks");
        assertThat(d.findElement(By.cssSelector("#block-list tr td[data-label='Hash']")).isDisplayed()).isTrue();
        assertThat(d.findElement(By.cssSelector("#block-list tr td[data-label='Time']")).isDisplayed()).isTrue();
        open("/peers");
        assertThat(d.findElement(By.cssSelector("#peer-rows td[data-label='Round trip']")).isDisplayed()).isTrue();
        assertThat(d.findElement(By.cssSelector("#peer-rows td button")).isDisplayed()).isTrue();
        browser.clearScreenEmulation();
        for (var page : pages.entrySet()) {
            open(page.getValue());
            browser.fullPageScreenshot("desktop-" + page.getKey());
        }
    }
}
