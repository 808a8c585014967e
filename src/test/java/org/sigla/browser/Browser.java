package org.sigla.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sigla.support.Needs;

/**
 * Debian's headless Chromium driven by Debian's chromium-driver, both by explicit path, so
 * that Selenium never tries to download a browser or a driver.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** Outside CI a machine without Chromium skips the browser tests; in CI (.ci/run installs it) they must run. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Needs.present(present, "chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    /** Ends a test class's browser and the server it read from, either of which may not have started. */
    static void stop(ChromeDriver driver, EditionServer server) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    public static ChromeDriver start(int width, int height, boolean javascript, boolean touch) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        if (touch) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14) Mobile"));
        }
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
