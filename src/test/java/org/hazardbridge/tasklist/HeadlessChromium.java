package org.hazardbridge.tasklist;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium and ChromeDriver, started headless with a fresh profile. Both paths are given to Selenium, so
 * Selenium Manager never runs and nothing is downloaded; a missing binary fails the test, naming the package.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    // The system Chromium is newer than the DevTools bindings that Selenium ships. The tests use no DevTools,
    // so the warning about it is noise; the reference keeps the level from being garbage-collected.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static void requireInstalled() {
        requireExecutable(BROWSER);
        requireExecutable(DRIVER);
    }

    static HeadlessChromium start() throws IOException {
        requireInstalled();
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("tasklist-journey-profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options(profile)));
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(BROWSER.toString()));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        return options;
    }

    private static void requireExecutable(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: the Tasklist journey needs Debian's Chromium;"
                    + " install it with: apt-get install -y chromium chromium-driver fonts-wqy-zenhei");
        }
    }
}
