package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sigla.support.Editions;

/** The synopsis in a browser: columns chosen without script, and a phone's screen that never scrolls sideways as a page. */
class SynopsisBrowserTest {

    private static Path synopsis() {
        return Editions.built(Editions.testEdition("apparatus")).resolve("synopsis.html");
    }

    private static List<String> shownColumns(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("thead th[class^='w-']")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    @Test
    void aReaderChoosesTheColumnsEvenWithoutScript() {
        ChromeDriver driver = Browser.start(1280, 900, false, false);
        try {
            driver.get(synopsis().toUri().toString());
            assertEquals(List.of("A", "B", "C"), shownColumns(driver));
            driver.findElement(By.cssSelector("label[for='show-2']")).click();
            assertEquals(List.of("A", "C"), shownColumns(driver));
            assertTrue(driver.findElements(By.cssSelector("tbody td.w-2")).stream().noneMatch(WebElement::isDisplayed));
            driver.findElement(By.cssSelector("label[for='show-2']")).click();
            assertEquals(List.of("A", "B", "C"), shownColumns(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void onAPhoneTheTableScrollsInsideThePageAndTwoColumnsAreInView() {
        ChromeDriver phone = Browser.start(375, 800, true, true);
        try {
            phone.get(synopsis().toUri().toString());
            long page = (Long) phone.executeScript("return document.documentElement.scrollWidth");
            long view = (Long) phone.executeScript("return document.documentElement.clientWidth");
            assertTrue(page <= view, "the page itself does not scroll sideways: " + page + " > " + view);
            long inView = (Long) phone.executeScript("var box = document.querySelector('.synopsis-scroll').getBoundingClientRect();"
                    + " return Array.from(document.querySelectorAll('thead th[class^=\"w-\"]')).filter(function (th) {"
                    + " var r = th.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1; }).length;");
            assertEquals(2, inView, "two witnesses side by side on a narrow screen");
        } finally {
            phone.quit();
        }
    }

    /**
     * Six witnesses: two columns are written, with a line that says so; the others are built by
     * the script when ticked, in the witnesses' order, each reading as that witness reads (its text
     * view); without script their boxes cannot be ticked.
     */
    @Test
    void withManyWitnessesTheScriptBuildsTheColumnsAReaderTicks() throws Exception {
        Path folder = java.nio.file.Files.createTempDirectory("sigla-synopsis-");
        List<org.sigla.collate.Collator.Source> sources = new java.util.ArrayList<>();
        String[] texts = {"the king said to his men", "the king spoke to his men", "a king said to his men",
            "the king said to all his men", "the queen said to his men", "the king said unto his people"};
        for (int w = 0; w < texts.length; w++) {
            sources.add(new org.sigla.collate.Collator.Source("W" + (w + 1), java.nio.file.Files.writeString(folder.resolve("W" + (w + 1) + ".txt"), texts[w])));
        }
        String tei = new org.sigla.collate.Collator(Editions.sigla()).collate(sources,
                new org.sigla.collate.Collator.Options("W1", new org.sigla.collate.Regularization(), "en"));
        Path edition = java.nio.file.Files.writeString(folder.resolve("six.xml"), tei);
        Path out = java.nio.file.Files.createDirectories(folder.resolve("out"));
        Editions.sigla().views().render(org.sigla.views.View.SYNOPSIS, Editions.sigla().read(edition), out, java.util.Map.of());
        Path page = out.resolve("synopsis.html");

        ChromeDriver plain = Browser.start(1280, 900, false, false);
        try {
            plain.get(page.toUri().toString());
            assertEquals(List.of("W1", "W2"), shownColumns(plain));
            assertTrue(plain.findElement(By.id("synopsis-default")).getText().contains("W1, W2."), "the page says which are shown");
            assertTrue(!plain.findElement(By.id("show-5")).isEnabled(), "without script, a column not written cannot be asked for");
        } finally {
            plain.quit();
        }
        ChromeDriver driver = Browser.start(1280, 900, true, false);
        try {
            driver.get(page.toUri().toString());
            driver.findElement(By.cssSelector("label[for='show-6']")).click();
            driver.findElement(By.cssSelector("label[for='show-4']")).click();
            driver.findElement(By.cssSelector("label[for='show-3']")).click();
            driver.findElement(By.cssSelector("label[for='show-2']")).click();
            assertEquals(List.of("W1", "W3", "W4", "W6"), shownColumns(driver));
            for (int w : new int[] {3, 4, 6}) {
                String cell = driver.findElement(By.cssSelector("tbody td.w-" + w)).getText().replaceAll("[°\\s]+", " ").strip();
                assertEquals(texts[w - 1], cell, "W" + w + " as it reads");
            }
            driver.findElement(By.cssSelector("label[for='show-6']")).click();
            assertEquals(List.of("W1", "W3", "W4"), shownColumns(driver));
        } finally {
            driver.quit();
        }
    }
}
