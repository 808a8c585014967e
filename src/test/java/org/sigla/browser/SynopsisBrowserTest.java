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
}
