package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import dev.rantai.web.security.WithApiToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every page of the dashboard in a real browser (headless chromium) on a phone screen and a wide screen,
 * checked for what WCAG 2.x asks of it: names of controls, landmarks, contrast, keyboard use. The node has
 * an API token ({@link WithApiToken}, shared with the token's own tests, so they share one start), which makes the
 * token page exist and lets the keyboard test give the token as a user does.
 */
@QuarkusTest
@TestProfile(WithApiToken.class)
class DashboardAccessibilityBrowserTest {
    /** A phone's screen in CSS pixels (an iPhone SE class device). */
    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 740;
    private static final int WIDE_WIDTH = 1920;
    /**
     * Touch targets of the main controls on a phone: 44 CSS px, WCAG 2.5.5 (AAA) and Apple's guideline;
     * the AA minimum (2.5.8) of 24 px applies to every other button.
     */
    private static final double TOUCH_TARGET = 44;
    private static final double SMALLEST_TARGET = 24;
    /** The longest line of running text on a wide screen: about 80 characters reads comfortably. */
    private static final double LONGEST_LINE_CH = 80;

    private static Browser browser;
    private static PageAudit audit;

    @Inject
    ChainService chain;

    @Inject
    dev.rantai.web.api.PeerChanges network;

    @TestHTTPResource("/")
    URL root;

    private String peer;

    /** A page of the dashboard, its main controls, and its live regions. */
    private record DashboardPage(String name, String path, List<String> controls, List<String> liveRegions) {
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
        audit = new PageAudit(browser);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void knowAPeer() {
        // A free loopback port where nothing listens: the peers page gets a row (with its Remove button).
        peer = "127.0.0.1:" + freePort();
        network.add(peer).toCompletableFuture().join();
    }

    @AfterEach
    void forgetThePeerAndTheScreen() {
        network.remove(peer).toCompletableFuture().join();
        browser.clearScreenEmulation();
        browser.emulateColorScheme("light");
    }

    private List<DashboardPage> pages() {
        Block block = chain.submit("{\"note\":\"checked for accessibility\",\"key\":\"" + "a1b2c3d4".repeat(24) + "\"}")
                .join();
        return List.of(
                new DashboardPage("overview", "/",
                        List.of("#search-q", "form.search button", "#block-data", "form[data-submit] button"),
                        List.of("#live-status", "#submit-status", "#feed")),
                new DashboardPage("blocks", "/blocks", List.of("#search-q", "form.search button"),
                        List.of("#live-status")),
                new DashboardPage("block", "/blocks/" + block.index(), List.of("#search-q", "form.search button"),
                        List.of("#live-status")),
                new DashboardPage("peers", "/peers",
                        List.of("#search-q", "form.search button", "#peer-address", "form.add-peer button"),
                        List.of("#live-status", "#peer-status")),
                new DashboardPage("network", "/network",
                        List.of("#search-q", "form.search button", "#f-type", "#f-peer", "#inspector-pause"),
                        List.of("#live-status", "#inspector-status", "#node-details")),
                new DashboardPage("not-found", "/search?q=no-such-block", List.of("#search-q", "form.search button"),
                        List.of("#live-status")),
                new DashboardPage("token", "/token", List.of("#token", "form[action='/token'] button"), List.of()));
    }

    private WebDriver open(String path) {
        WebDriver d = browser.driver();
        d.get(root.toString().replaceAll("/$", "") + path);
        // The pages with the live status are checked once it settled ("Live"), as a reader sees them.
        await().atMost(Duration.ofSeconds(5)).until(() -> "Live".equals(browser.script(
                "const s = document.getElementById('live-status'); return s ? s.textContent : 'Live';")));
        // and once the highlight of anything that just arrived has faded, as the text stays
        await().atMost(Duration.ofSeconds(5)).until(() -> Boolean.TRUE.equals(browser.script(
                "return document.getAnimations().every(a => a.playState !== 'running');")));
        return d;
    }

    @Test
    void everyPageFitsAPhoneScreenAndItsControlsAreLargeEnoughToTouch() {
        browser.emulateScreen(PHONE_WIDTH, PHONE_HEIGHT, true);
        SoftAssertions all = new SoftAssertions();
        for (DashboardPage page : pages()) {
            checkPage(all, page, soft -> {
                assertFitsTheScreen(soft, page, PHONE_WIDTH);
                for (String control : page.controls()) {
                    Map<String, Object> box = audit.box(control);
                    soft.assertThat(box).as("%s: %s exists", page.name(), control).isNotNull();
                    if (box == null) {
                        continue;
                    }
                    soft.assertThat(box.get("shown")).as("%s: %s is shown", page.name(), control).isEqualTo(true);
                    soft.assertThat(number(box, "height")).as("%s: height of %s", page.name(), control)
                            .isGreaterThanOrEqualTo(TOUCH_TARGET);
                    soft.assertThat(number(box, "width")).as("%s: width of %s", page.name(), control)
                            .isGreaterThanOrEqualTo(TOUCH_TARGET);
                    soft.assertThat(number(box, "left")).as("%s: %s starts on the screen", page.name(), control)
                            .isGreaterThanOrEqualTo(0.0);
                    soft.assertThat(number(box, "right")).as("%s: %s ends on the screen", page.name(), control)
                            .isLessThanOrEqualTo(PHONE_WIDTH);
                }
                for (WebElement button : browser.driver().findElements(By.cssSelector("button"))) {
                    soft.assertThat(button.getSize().getHeight()).as("%s: height of button %s", page.name(),
                            button.getText()).isGreaterThanOrEqualTo((int) SMALLEST_TARGET);
                }
                if (page.name().equals("overview")) {
                    soft.assertThat(audit.cardColumns()).as("the overview's cards stack in one column").isEqualTo(1);
                }
                browser.pageScreenshot("mobile-" + page.name());
            });
        }
        all.assertAll();
    }

    @Test
    void everyPageUsesAWideScreenWithReadableLines() {
        browser.emulateScreen(WIDE_WIDTH, 1080, false);
        SoftAssertions all = new SoftAssertions();
        for (DashboardPage page : pages()) {
            checkPage(all, page, soft -> {
                assertFitsTheScreen(soft, page, WIDE_WIDTH);
                Map<String, Object> main = audit.box("main");
                double left = number(main, "left");
                double right = number(main, "pageWidth") - number(main, "right");
                soft.assertThat(number(main, "width")).as("%s: the content keeps a reading width", page.name())
                        .isLessThanOrEqualTo(84 * 16.0);
                soft.assertThat(Math.abs(left - right)).as("%s: the content is centred", page.name())
                        .isLessThanOrEqualTo(1.0);
                if (audit.box("#search-q") != null) {
                    soft.assertThat(number(audit.box("#search-q"), "width")).as("%s: the search box's width", page.name())
                            .isLessThanOrEqualTo(40 * 16.0);
                }
                Map<String, Object> widest = audit.widestLine();
                soft.assertThat(number(widest, "ch")).as("%s: the longest line of text (%s)", page.name(),
                        widest.get("element")).isLessThanOrEqualTo(LONGEST_LINE_CH);
                if (page.name().equals("overview")) {
                    soft.assertThat(audit.cardColumns()).as("the overview's cards stand side by side")
                            .isGreaterThanOrEqualTo(2);
                }
                browser.pageScreenshot("wide-" + page.name());
            });
        }
        all.assertAll();
    }

    @Test
    void everyPageNamesItsControlsAndHasItsLandmarksAndLiveRegions() {
        SoftAssertions all = new SoftAssertions();
        for (DashboardPage page : pages()) {
            checkPage(all, page, soft -> {
                WebDriver d = browser.driver();
                soft.assertThat(audit.unnamedControls()).as("%s: controls without a name", page.name()).isEmpty();
                By controls = By.cssSelector("input:not([type=hidden]), textarea, select, button");
                for (WebElement control : d.findElements(controls)) {
                    soft.assertThat(control.getAccessibleName()).as("%s: the browser's name for %s#%s", page.name(),
                            control.getTagName(), control.getAttribute("id")).isNotBlank();
                }
                Map<String, Object> structure = audit.structure();
                soft.assertThat(structure.get("lang")).as("%s: language", page.name()).isEqualTo("en");
                soft.assertThat(structure.get("h1")).as("%s: h1 headings", page.name()).isEqualTo(1L);
                soft.assertThat(structure.get("banners")).as("%s: header", page.name()).isEqualTo(1L);
                soft.assertThat((Long) structure.get("navigation")).as("%s: nav", page.name()).isGreaterThanOrEqualTo(1L);
                soft.assertThat(structure.get("mains")).as("%s: main", page.name()).isEqualTo(1L);
                soft.assertThat((List<?>) structure.get("imagesWithoutAlt")).as("%s: images without alt", page.name())
                        .isEmpty();
                soft.assertThat(structure.get("skipsToMain"))
                        .as("%s: the first Tab reaches a link to the content, not %s", page.name(),
                                structure.get("firstFocusable"))
                        .isEqualTo(true);
                for (String region : page.liveRegions()) {
                    List<WebElement> found = d.findElements(By.cssSelector(region));
                    soft.assertThat(found).as("%s: %s exists", page.name(), region).hasSize(1);
                    if (found.size() == 1) {
                        soft.assertThat(found.get(0).getAttribute("aria-live"))
                                .as("%s: aria-live of %s", page.name(), region)
                                .isIn("polite", "assertive");
                    }
                }
            });
        }
        all.assertAll();
    }

    @Test
    void textOnEveryPageHasEnoughContrastInTheLightAndTheDarkScheme() {
        SoftAssertions all = new SoftAssertions();
        List<DashboardPage> pages = pages();
        for (String scheme : List.of("light", "dark")) {
            browser.emulateColorScheme(scheme);
            for (DashboardPage page : pages) {
                checkPage(all, page, soft -> {
                    // The overview's feed only has messages when there are peers; its rows are checked on the peers page.
                    PageAudit.Contrast contrast = audit.contrast();
                    soft.assertThat(contrast.checked()).as("%s, %s: text elements checked", page.name(), scheme)
                            .isGreaterThanOrEqualTo(5);
                    soft.assertThat(contrast.failures()).as("%s, %s: text below WCAG AA contrast", page.name(), scheme)
                            .isEmpty();
                });
            }
        }
        all.assertAll();
    }

    @Test
    void theKeyboardAloneGivesTheTokenAndMinesABlockOnTheOverview() {
        WebDriver d = open("/token");
        tabUntil("token", 12);
        new Actions(d).sendKeys(WithApiToken.TOKEN).sendKeys(Keys.ENTER).perform();
        await().atMost(Duration.ofSeconds(5)).until(() -> d.getCurrentUrl().equals(root.toString()));
        open("/");
        browser.script("window.rantaiMark = 'not reloaded';");

        // The first Tab shows the skip link, readable; Enter on it takes the next Tab into the content.
        tab();
        Map<String, Object> skip = audit.focus();
        assertThat(skip.get("element")).asString().startsWith("a.skip");
        Map<String, Object> box = audit.box(".skip");
        assertThat(number(box, "left")).as("the focused skip link is on the screen").isGreaterThanOrEqualTo(0.0);
        assertThat(audit.contrast().failures()).isEmpty();
        new Actions(d).sendKeys(Keys.ENTER).perform();
        tab();
        assertThat(audit.focus().get("insideMain")).as("after the skip link, Tab goes into the content: %s",
                audit.focus().get("element")).isEqualTo(true);

        tabUntil("block-data", 8);
        long before = chain.tip().height();
        new Actions(d).sendKeys("typed with the keyboard").perform();
        tab();
        assertThat(audit.focus().get("element")).asString().startsWith("button").contains("Mine block");
        new Actions(d).sendKeys(Keys.ENTER).perform();

        await().atMost(Duration.ofSeconds(5)).ignoreException(StaleElementReferenceException.class)
                .until(() -> d.findElement(By.id("submit-status")).getText().startsWith("Mined block " + (before + 1)));
        assertThat(chain.tip().block().data()).isEqualTo("typed with the keyboard");
        assertThat(browser.script("return window.rantaiMark;")).as("the result came in place")
                .isEqualTo("not reloaded");
        browser.screenshot("keyboard-submitted");
    }

    /**
     * Opens a page and checks it with assertions of its own; if a live update replaced what a check
     * was reading (a peer changed its state and the page fetched its regions again), the page is
     * checked again from the start, up to three times, so a page is judged on one state of it.
     */
    private void checkPage(SoftAssertions all, DashboardPage page, Consumer<SoftAssertions> check) {
        for (int attempt = 1;; attempt++) {
            open(page.path());
            SoftAssertions soft = new SoftAssertions();
            try {
                check.accept(soft);
            } catch (StaleElementReferenceException e) {
                if (attempt < 3) {
                    continue;
                }
                throw e;
            }
            soft.assertionErrorsCollected().forEach(all::collectAssertionError);
            return;
        }
    }

    /**
     * The page is as wide as the screen: a phone that gets a wider page zooms out (its innerWidth grows), a
     * desktop browser shows a horizontal scroll bar.
     */
    private static void assertFitsTheScreen(SoftAssertions soft, DashboardPage page, int width) {
        Map<String, Object> overflow = audit.overflow(width);
        soft.assertThat(overflow.get("innerWidth")).as("%s: the screen's width", page.name()).isEqualTo((long) width);
        soft.assertThat(((Number) overflow.get("scrollWidth")).intValue())
                .as("%s: the page is no wider than the screen; past its edge: %s", page.name(),
                        overflow.get("sticking"))
                .isLessThanOrEqualTo(width);
    }

    /** Presses Tab and checks the newly focused element shows its focus. */
    private void tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        Map<String, Object> focus = audit.focus();
        assertThat(PageAudit.showsFocus(focus)).as("%s shows its focus (outline %s %s, shadow %s)",
                focus.get("element"), focus.get("outlineStyle"), focus.get("outlineWidth"), focus.get("boxShadow"))
                .isTrue();
    }

    /** Presses Tab until the element with {@code id} has the focus, at most {@code limit} times. */
    private void tabUntil(String id, int limit) {
        for (int i = 0; i < limit; i++) {
            tab();
            if (id.equals(audit.focus().get("id"))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " not reached with " + limit + " Tabs; focus is on " + audit.focus());
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
