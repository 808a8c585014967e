package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sigla.serve.Preview;
import org.sigla.serve.PreviewServer;
import org.sigla.support.Editions;

/** sigla serve as an editor uses it: the file is saved on disk, and the open page follows by itself. */
class LivePreviewBrowserTest {

    @TempDir
    Path folder;

    private Path letter;
    private String original;
    private Preview preview;
    private PreviewServer server;
    private ChromeDriver browser;

    @BeforeEach
    void serve() throws Exception {
        Browser.requireChromium();
        Path sources = Files.createDirectories(folder.resolve("sources"));
        letter = Files.copy(Editions.testEdition("letter"), sources.resolve("letter.xml"));
        original = Files.readString(letter);
        preview = new Preview(Editions.sigla(), List.of(sources), Map.of());
        preview.update();
        server = new PreviewServer(preview, List.of(sources), InetAddress.getLoopbackAddress(), 0);
        browser = Browser.start(1280, 900, true, false);
        browser.get(server.address() + "letter/index.html");
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            preview.close();
        }
    }

    private boolean pageSays(String words) {
        return browser.findElement(By.tagName("main")).getText().contains(words);
    }

    private boolean overlayShown() {
        return !browser.findElements(By.cssSelector("#sigla-problems.sigla-errors")).isEmpty();
    }

    @Test
    void aSavedWordShowsInTheOpenPageWithinTwoSeconds() throws Exception {
        assertTrue(pageSays("Répondez-moi vite."));
        Files.writeString(letter, original.replace("Répondez-moi vite.", "Répondez-moi sans tarder."));
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(driver -> pageSays("Répondez-moi sans tarder."));
    }

    /** What the search page answers for a word, once it has answered. */
    private String searchFor(String word) {
        browser.get(server.address() + "search.html?q=" + word);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            String status = driver.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.endsWith("…");
        });
        return browser.findElement(By.id("search-status")).getText();
    }

    @Test
    void theSearchFindsASavedWordAfterTheSave() throws Exception {
        assertEquals("No match for tarder.", searchFor("tarder"));
        Files.writeString(letter, original.replace("Répondez-moi vite.", "Répondez-moi sans tarder."));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> searchFor("tarder").equals("1 match in 1 edition for tarder."));
        assertTrue(browser.findElement(By.cssSelector(".search-snippet")).getText().contains("Répondez-moi sans tarder."));
        assertEquals("tarder.", browser.findElement(By.cssSelector(".search-snippet mark")).getText());
    }

    @Test
    void aBrokenSaveShowsItsProblemAboveTheLastGoodPageUntilItIsFixed() throws Exception {
        String broken = original.replace("Répondez-moi vite.", "<hi>Répondez-moi vite.");
        Files.writeString(letter, broken);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> overlayShown());
        String overlay = browser.findElement(By.id("sigla-problems")).getText();
        Matcher place = Pattern.compile("letter\\.xml:(\\d+):(\\d+): error: not well-formed XML: .*\\[xml]").matcher(overlay);
        assertTrue(place.find(), overlay);
        int opened = (int) broken.lines().takeWhile(l -> !l.contains("<hi>Répondez")).count() + 1;
        assertTrue(Integer.parseInt(place.group(1)) >= opened, "the parser stops at or after the unclosed tag: " + overlay);
        assertTrue(pageSays("Répondez-moi vite."), "the last good rendering stays beneath");

        Files.writeString(letter, original.replace("Répondez-moi vite.", "Répondez-moi bientôt."));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> !overlayShown() && pageSays("Répondez-moi bientôt."));
    }

    @Test
    void twentyRapidSavesEndInOneCorrectPage() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        preview.onChange(edition -> {
            if (edition.equals("letter")) {
                builds.incrementAndGet();
            }
        });
        for (int i = 1; i <= 20; i++) {
            Files.writeString(letter, original.replace("Répondez-moi vite.", "Répondez-moi, version " + i + "."));
            Thread.sleep(15);
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> pageSays("Répondez-moi, version 20."));
        assertTrue(!overlayShown());
        assertEquals(1, browser.findElements(By.tagName("main")).size());
        assertTrue(builds.get() < 10, "saves in a burst are built together, not one by one: " + builds.get() + " builds");
    }
}
