package dev.rantai.web.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A headless Debian chromium driven through chromedriver, with a fresh profile, for the dashboard's browser tests. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    Browser() {
        this(new String[0]);
    }

    /** With Chromium switches of the test's own, such as {@code --host-resolver-rules}. */
    Browser(String... switches) {
        try {
            profile = Files.createTempDirectory("rantai-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(switches);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #screenshot}, with the window as tall as the page (up to 3000 px). */
    Path fullPageScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(3000, height.intValue() + 140)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Emulates a screen of width x height CSS pixels (Chrome's device metrics, which work headless). A
     * mobile screen honours the page's viewport meta and scales like a phone; {@code window.innerWidth} tells
     * whether a page made it wider than the screen.
     */
    void emulateScreen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    /** The browser's own window size again, as {@link #Browser()} set it. */
    void clearScreenEmulation() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Answers {@code prefers-color-scheme} with "light" or "dark". */
    void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The whole page, also below the screen, as target/screenshots/{name}.png (works with an emulated screen). */
    Path pageScreenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A script that ends by calling its last argument with the result (a promise's value, for example). */
    Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }

}
