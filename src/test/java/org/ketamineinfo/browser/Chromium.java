package org.ketamineinfo.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * The one headless Chromium that the browser checks share, with a throw-away profile. Debian's
 * {@code chromium} and {@code chromium-driver} are used by path (override with CHROME_BIN and
 * CHROMEDRIVER): there is no internet in CI, so Selenium Manager must never be asked to download one.
 */
final class Chromium implements AutoCloseable {

    static final String INSTALL_HINT =
            "No Chromium found. Install it with: apt-get update && apt-get install -y chromium chromium-driver";

    private final ChromeDriver driver;
    private final Axe axe;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        // Installed once: a second install would evaluate the script twice in every page.
        this.axe = Axe.installIn(driver);
        this.profile = profile;
    }

    static Chromium start() {
        Path browser = executable("CHROME_BIN", "/usr/bin/chromium");
        Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = temporaryProfile();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        // The performance log carries every DevTools Network event: that is how we see each request a page makes.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** axe-core, in every page this browser opens. */
    Axe axe() {
        return axe;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException ignored) {
                // A profile left in the temp directory is harmless; failing the run for it is not.
            }
        }
    }

    private static Path executable(String environmentOverride, String debianPath) {
        String override = System.getenv(environmentOverride);
        Path path = Path.of(override == null || override.isBlank() ? debianPath : override);
        if (!Files.isExecutable(path)) {
            // Fail, never skip: a suite that silently checks nothing would prove nothing.
            fail(INSTALL_HINT + " (looked for " + path + "; set " + environmentOverride + " to use another)");
        }
        return path;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
