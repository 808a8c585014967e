package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.sigla.support.Editions;

/** The web edition used as readers use it: mouse, keyboard, touch, small and large screens, no script. */
class WebEditionBrowserTest {

    private static ChromeDriver desktop;
    private static EditionServer server;
    private static final String MEMOIR = "kamenev-octobre-1917/";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        desktop = Browser.start(1280, 900, true, false);
        Editions.all().forEach(Editions::built);
        server = new EditionServer(Editions.built(Editions.MEMOIR).getParent());
    }

    @AfterAll
    static void stop() {
        Browser.stop(desktop, server);
    }

    static Stream<Path> editions() {
        return Editions.all().stream();
    }

    private static WebElement popover(WebDriver driver) {
        return driver.findElement(By.id("note-popover"));
    }

    @Test
    void noteShowsInPlaceOnHoverAndEscapeClosesIt() {
        desktop.get(server.url(MEMOIR + "index.html"));
        WebElement call = desktop.findElement(By.cssSelector("#p2 a.note-call"));
        new Actions(desktop).moveToElement(call).perform();
        assertTrue(popover(desktop).isDisplayed());
        assertTrue(popover(desktop).getText().startsWith("Cette seconde réunion s’est tenue le 10 octobre"), popover(desktop).getText());
        new Actions(desktop).sendKeys(Keys.ESCAPE).perform();
        assertFalse(popover(desktop).isDisplayed());
    }

    /** A siglum shows what it stands for on hover and on focus, as a note call does, and leads to the witness. */
    @Test
    void aSiglumShowsItsWitnessAndLeadsToItsDescription() {
        desktop.get(server.url("manuscripts/apparatus.html"));
        WebElement siglum = desktop.findElement(By.cssSelector("#app-1 a.siglum-link"));
        new Actions(desktop).moveToElement(siglum).perform();
        assertEquals("L: London, British Library, Lansdowne 436, s. xiiᵉˣ", popover(desktop).getText());
        new Actions(desktop).sendKeys(Keys.ESCAPE).perform();
        WebElement group = desktop.findElement(By.cssSelector("#app-1 .sigla + .reading ~ .sigla a.siglum-link"));
        desktop.executeScript("arguments[0].focus()", group);
        assertTrue(popover(desktop).isDisplayed());
        assertEquals("β: Family β; members: P, V", popover(desktop).getText());
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        assertTrue(desktop.getCurrentUrl().endsWith("manuscripts/index.html#witness-beta"), desktop.getCurrentUrl());
        assertTrue(inViewport(desktop, desktop.findElement(By.id("witness-beta"))));
    }

    @Test
    void noteShowsOnKeyboardFocusAndEnterLeadsToTheNoteAndBack() {
        desktop.get(server.url(MEMOIR + "index.html"));
        WebElement body = desktop.findElement(By.tagName("body"));
        for (int i = 0; i < 60 && !"note-call".equals(active(desktop).getAttribute("class")); i++) {
            new Actions(desktop).sendKeys(Keys.TAB).perform();
        }
        WebElement call = active(desktop);
        assertEquals("call-n1", call.getAttribute("id"), "Tab reaches the first note call");
        assertTrue(popover(desktop).isDisplayed());
        assertTrue(popover(desktop).getText().startsWith("La Conférence démocratique fut convoquée"));
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        assertTrue(desktop.getCurrentUrl().endsWith("#n1"), desktop.getCurrentUrl());
        assertTrue(inViewport(desktop, desktop.findElement(By.id("n1"))));
        desktop.findElement(By.cssSelector("#n1 a.note-back")).click();
        assertTrue(desktop.getCurrentUrl().endsWith("#call-n1"), desktop.getCurrentUrl());
        assertTrue(inViewport(desktop, desktop.findElement(By.id("call-n1"))));
        assertTrue(body.isDisplayed());
    }

    @Test
    void noteShowsInPlaceOnTap() {
        ChromeDriver phone = Browser.start(375, 800, true, true);
        try {
            phone.get(server.url(MEMOIR + "index.html"));
            WebElement call = phone.findElement(By.cssSelector("#p5 a.note-call"));
            phone.executeScript("arguments[0].scrollIntoView({block: 'center'})", call);
            tap(phone, call);
            assertTrue(popover(phone).isDisplayed(), "the first tap shows the note");
            assertTrue(popover(phone).getText().startsWith("L’Institut Smolny était"), popover(phone).getText());
            assertFalse(phone.getCurrentUrl().contains("#"), "the first tap stays in the text");
            new Actions(phone).sendKeys(Keys.ESCAPE).perform();
            assertFalse(popover(phone).isDisplayed());
        } finally {
            phone.quit();
        }
    }

    @Test
    void readingSwitchChangesTheTextAndIsReachableByKeyboard() {
        desktop.get(server.url(MEMOIR + "index.html"));
        assertTrue(desktop.findElement(By.id("p3")).getText().contains("qui furent toutes° plus tard"));
        for (int i = 0; i < 20 && !String.valueOf(active(desktop).getAttribute("href")).endsWith("source.html"); i++) {
            new Actions(desktop).sendKeys(Keys.TAB).perform();
        }
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        assertTrue(desktop.getCurrentUrl().endsWith("source.html"), desktop.getCurrentUrl());
        assertTrue(desktop.findElement(By.id("p3")).getText().contains("qui furent tous° plus tard"));
        assertTrue(desktop.findElement(By.id("p8")).getText().contains("organisaient a° prise"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyNameLinksToItsEntryAndEveryOccurrenceLeadsBackToAPlaceNamingIt(Path edition) {
        desktop.get(server.url(name(edition) + "/index.html"));
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) desktop.executeScript("""
            const failures = [];
            for (const a of document.querySelectorAll('main a.name')) {
              const entry = document.getElementById(a.getAttribute('href').slice(1));
              if (!entry || !entry.classList.contains('index-entry')) failures.push('name ' + a.textContent);
            }
            for (const entry of document.querySelectorAll('li.index-entry')) {
              for (const occurrence of entry.querySelectorAll('a.occurrence')) {
                const place = document.getElementById(occurrence.getAttribute('href').slice(1));
                // The place is a paragraph, line or note that holds the name, or the name itself where it stands in none.
                const name = 'a.name[href="#' + entry.id + '"]';
                if (!place || !(place.matches(name) || place.querySelector(name))) failures.push(entry.id + ' -> ' + occurrence.getAttribute('href'));
              }
            }
            return failures;""");
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void apparatusEntriesAndTheirPlacesLinkBothWays(Path edition) {
        desktop.get(server.url(name(edition) + "/apparatus.html"));
        int entries = desktop.findElements(By.cssSelector("a.entry-place")).size();
        assertFalse(entries == 0);
        for (int i = 0; i < entries; i++) {
            desktop.get(server.url(name(edition) + "/apparatus.html"));
            WebElement place = desktop.findElements(By.cssSelector("a.entry-place")).get(i);
            String entryId = place.findElement(By.xpath("..")).getAttribute("id");
            desktop.executeScript("arguments[0].click()", place);
            String hash = desktop.getCurrentUrl().substring(desktop.getCurrentUrl().indexOf('#') + 1);
            assertTrue(desktop.getCurrentUrl().contains("/index.html#"), desktop.getCurrentUrl());
            assertEquals(1, desktop.findElements(By.id(hash)).size(), "entry " + entryId + " leads to its place");
            List<WebElement> marks = desktop.findElements(By.cssSelector("a.app-mark[href='apparatus.html#" + entryId + "']"));
            assertFalse(marks.isEmpty(), "the place of entry " + entryId + " leads back to it");
            desktop.executeScript("arguments[0].click()", marks.get(0));
            assertTrue(desktop.getCurrentUrl().endsWith("apparatus.html#" + entryId), desktop.getCurrentUrl());
            assertTrue(inViewport(desktop, desktop.findElement(By.id(entryId))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void layoutFitsPhoneAndDesktopWithoutHorizontalScrolling(Path edition) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {375, 1280}) {
            ChromeDriver driver = width == 1280 ? desktop : Browser.start(width, 900, true, false);
            try {
                driver.get(server.url(name(edition) + "/index.html"));
                long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long client = (Long) driver.executeScript("return document.documentElement.clientWidth");
                assertTrue(scroll <= client, name(edition) + " scrolls sideways at " + width + " px: " + scroll + " > " + client);
                String noteSize = (String) driver.executeScript(
                        "const n = document.querySelector('.note-body') || document.querySelector('main p');"
                        + "return getComputedStyle(n).fontSize");
                assertTrue(Double.parseDouble(noteSize.replace("px", "")) >= 13, "notes too small: " + noteSize);
                Files.write(shots.resolve(name(edition) + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                if (driver != desktop) {
                    driver.quit();
                }
            }
        }
    }

    @Test
    void withoutJavaScriptTextNotesAndIndexesAreStillReachable() {
        ChromeDriver noScript = Browser.start(1280, 900, false, false);
        try {
            noScript.get(Editions.built(Editions.MEMOIR).resolve("index.html").toUri().toString());
            assertTrue(noScript.findElement(By.id("p1")).getText().contains("Déjà au moment"));
            noScript.findElement(By.cssSelector("#p2 a.note-call")).click();
            assertTrue(noScript.getCurrentUrl().endsWith("#n2"), noScript.getCurrentUrl());
            assertTrue(inViewport(noScript, noScript.findElement(By.id("n2"))));
            assertTrue(noScript.findElements(By.id("note-popover")).isEmpty(), "no script, no popover");
            noScript.findElement(By.cssSelector("#p1 a.name[href='#lenine']")).click();
            assertTrue(inViewport(noScript, noScript.findElement(By.id("lenine"))));
            noScript.findElement(By.linkText("Texte de la source")).click();
            assertTrue(noScript.findElement(By.id("p3")).getText().contains("qui furent tous"));
        } finally {
            noScript.quit();
        }
    }

    @Test
    void theEditionAlsoWorksFromFileUrls() {
        desktop.get(Editions.built(Editions.MEMOIR).resolve("index.html").toUri().toString());
        new Actions(desktop).moveToElement(desktop.findElement(By.cssSelector("#p1 a.note-call"))).perform();
        assertTrue(popover(desktop).isDisplayed());
        desktop.findElement(By.linkText("Apparat critique")).click();
        assertTrue(desktop.getCurrentUrl().startsWith("file:") && desktop.getCurrentUrl().endsWith("apparatus.html"));
        assertEquals(10, desktop.findElements(By.cssSelector("li.entry")).size());
    }

    /** A finger's tap (touch pointer events), not a mouse click. */
    private static void tap(ChromeDriver driver, WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static boolean inViewport(ChromeDriver driver, WebElement element) {
        return (Boolean) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", element);
    }

    private static String name(Path edition) {
        return edition.getFileName().toString().replaceFirst("\\.xml$", "");
    }
}
