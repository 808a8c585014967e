package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.support.Editions;
import org.sigla.support.PageImages;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/**
 * The page images beside the text, as a reader meets them: the test edition's page 1 is red
 * and page 2 blue, so that the colour in the middle of the viewer says which page it shows.
 */
class FacsimileBrowserTest {

    @TempDir
    static Path folder;
    private static Path out;
    private static ChromeDriver desktop;
    private static EditionServer server;

    private static HttpServer iiif;

    @BeforeAll
    static void build() throws Exception {
        Browser.requireChromium();
        iiif = iiifServer();
        String base = "http://127.0.0.1:" + iiif.getAddress().getPort() + "/iiif/";
        Path letter = PageImages.letter(folder.resolve("source"));
        // The same letter, its first page an Image API service; and again with its pages only named by a manifest's canvases.
        Path service = Files.writeString(folder.resolve("source/service.xml"),
                Files.readString(letter).replace("img/page-1.png\" width", base + "green\" width"));
        Path manifest = Files.writeString(folder.resolve("source/manifest.xml"), Files.readString(letter)
                .replaceAll("(?s)<facsimile>.*</facsimile>", "<facsimile sameAs=\"" + base + "manifest.json\"><surface xml:id=\"s1\"/><surface xml:id=\"s2\"/></facsimile>")
                .replace(" facs=\"#z1-1\"", "").replace(" facs=\"#z1-2\"", "").replace(" facs=\"#z2-1\"", ""));
        // And with a first page large enough to be cut into tiles.
        PageImages.write(folder.resolve("source/img/large-1.png"), 3000, 4500, PageImages.PAGE_1);
        Path tiled = Files.writeString(folder.resolve("source/tiled.xml"), Files.readString(letter).replace("img/page-1.png\" width", "img/large-1.png\" width"));
        out = folder.resolve("out");
        new Build(Editions.sigla(), Editions.sigla().validator()).run(List.of(letter, service, manifest, tiled),
                new Build.Options(out, View.built(), Map.of(), false), new BuildListener() {
                    @Override public void problem(Problem problem) { throw new AssertionError(problem.toString()); }
                    @Override public void warning(Path file, String message) { throw new AssertionError(message); }
                    @Override public void failed(Path file, String message) { throw new AssertionError(message); }
                    @Override public void built(Path file, Path built) { }
                });
        desktop = Browser.start(1400, 900, true, false);
        server = new EditionServer(out);
    }

    /**
     * A IIIF server on loopback: /iiif/green and /iiif/blue are level-0 Image API services (every
     * tile of one colour), /iiif/manifest.json a Presentation 3 manifest of two canvases, green then blue.
     */
    private static HttpServer iiifServer() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        http.createContext("/iiif/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String base = "http://127.0.0.1:" + http.getAddress().getPort() + "/iiif/";
            byte[] body;
            String type;
            if (path.endsWith("/info.json")) {
                String id = base + path.replaceAll("^/iiif/|/info\\.json$", "");
                body = ("{\"@context\":\"http://iiif.io/api/image/2/context.json\",\"@id\":\"" + id + "\",\"protocol\":\"http://iiif.io/api/image\","
                        + "\"width\":1000,\"height\":1500,\"profile\":[\"http://iiif.io/api/image/2/level0.json\"],"
                        + "\"tiles\":[{\"width\":512,\"scaleFactors\":[1,2,4]}]}").getBytes(StandardCharsets.UTF_8);
                type = "application/json";
            } else if (path.endsWith("/manifest.json")) {
                StringBuilder canvases = new StringBuilder();
                for (String colour : List.of("green", "blue")) {
                    canvases.append(canvases.length() == 0 ? "" : ",").append("{\"id\":\"").append(base).append("canvas/").append(colour)
                            .append("\",\"type\":\"Canvas\",\"width\":1000,\"height\":1500,\"items\":[{\"type\":\"AnnotationPage\",\"items\":[{\"type\":\"Annotation\",")
                            .append("\"motivation\":\"painting\",\"body\":{\"id\":\"").append(base).append(colour).append("/full/max/0/default.jpg\",\"type\":\"Image\",")
                            .append("\"service\":[{\"id\":\"").append(base).append(colour).append("\",\"type\":\"ImageService2\",\"profile\":\"level0\"}]}}]}]}");
                }
                body = ("{\"@context\":\"http://iiif.io/api/presentation/3/context.json\",\"id\":\"" + base + "manifest.json\",\"type\":\"Manifest\","
                        + "\"label\":{\"en\":[\"A letter\"]},\"items\":[" + canvases + "]}").getBytes(StandardCharsets.UTF_8);
                type = "application/json";
            } else {
                Path tile = Files.createTempFile("tile", ".png");
                PageImages.write(tile, 256, 256, path.contains("/green/") ? GREEN : PageImages.PAGE_2);
                body = Files.readAllBytes(tile);
                Files.delete(tile);
                type = "image/png";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        http.start();
        return http;
    }

    private static final Color GREEN = new Color(0x22aa44);

    @AfterAll
    static void stop() {
        Browser.stop(desktop, server);
        if (iiif != null) {
            iiif.stop(0);
        }
    }

    /** Waits until the viewer shows the page (its number in data-shown) and its image is drawn in that colour. */
    static void shows(ChromeDriver driver, int page, Color colour) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            WebElement aside = d.findElement(By.id("facsimile"));
            if (!String.valueOf(page).equals(aside.getAttribute("data-shown"))) {
                return false;
            }
            WebElement viewer = d.findElement(By.id("facsimile-viewer"));
            return PageImages.ofHue(PageImages.middle(viewer.getScreenshotAs(OutputType.BYTES)), colour);
        });
    }

    private static void scrollTo(ChromeDriver driver, String selector) {
        driver.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", selector);
    }

    @Test
    void pageOneStandsBesideTheTextOnLoad() {
        desktop.get(server.url("letter/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        WebElement text = desktop.findElement(By.cssSelector(".text-column"));
        WebElement viewer = desktop.findElement(By.id("facsimile-viewer"));
        assertTrue(viewer.getRect().getX() >= text.getRect().getX() + text.getRect().getWidth(), "the image stands beside the text");
        assertTrue(viewer.getRect().getHeight() > 300, "the image is tall enough to read: " + viewer.getRect());
        // -Dsigla.screenshot=FILE keeps the page for the README, the first line's zone lit.
        if (System.getProperty("sigla.screenshot") != null) {
            scrollTo(desktop, "#text-title");
            shows(desktop, 1, PageImages.PAGE_1);
            new Actions(desktop).moveToElement(desktop.findElement(By.cssSelector("[data-zone='z1-1']"))).perform();
            try {
                Files.write(Path.of(System.getProperty("sigla.screenshot")), desktop.getScreenshotAs(OutputType.BYTES));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void readingOnToPageTwoBringsItsImageAndBackAgain() {
        desktop.get(server.url("letter/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        scrollTo(desktop, "a.pb[data-page='2']");
        shows(desktop, 2, PageImages.PAGE_2);
        assertTrue(desktop.findElement(By.id("facsimile-viewer")).isDisplayed(), "the image stays in view as the text scrolls");
        desktop.executeScript("window.scrollTo(0, 0);");
        shows(desktop, 1, PageImages.PAGE_1);
    }

    @Test
    void aPageMarkerActivatedByTheKeyboardBringsItsImage() {
        desktop.get(server.url("letter/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        WebElement marker = desktop.findElement(By.cssSelector("a.pb[data-page='2']"));
        desktop.executeScript("arguments[0].focus({preventScroll: true});", marker);
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        shows(desktop, 2, PageImages.PAGE_2);
        assertEquals("p. 2 / 2", desktop.findElement(By.cssSelector(".facsimile-label")).getText());
    }

    @Test
    void aLineShowsItsZoneAndAZoneBringsItsLine() {
        desktop.get(server.url("letter/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        new Actions(desktop).moveToElement(desktop.findElement(By.cssSelector("[data-zone='z1-1']"))).perform();
        WebElement zone = desktop.findElement(By.id("zone-z1-1"));
        assertTrue(zone.getAttribute("class").contains("active"), "the line's zone is lit");
        WebElement viewer = desktop.findElement(By.id("facsimile-viewer"));
        assertTrue(zone.getRect().getY() > viewer.getRect().getY() && zone.getRect().getX() > viewer.getRect().getX(), "the zone is on the image");
        // The zone of the second line, activated with the keyboard, brings the second line.
        WebElement second = desktop.findElement(By.id("zone-z1-2"));
        desktop.executeScript("arguments[0].focus();", second);
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        assertEquals("z1-2", desktop.switchTo().activeElement().getAttribute("data-zone"));
        // A paragraph of page 2 focused from the keyboard brings page 2 and lights its polygon.
        desktop.executeScript("document.querySelector(\"[data-zone='z2-1']\").focus();");
        shows(desktop, 2, PageImages.PAGE_2);
        new WebDriverWait(desktop, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("zone-z2-1")).getAttribute("class").contains("active"));
    }

    @Test
    void onAPhoneAButtonSwitchesBetweenTextAndImage() {
        ChromeDriver phone = Browser.start(390, 844, true, true);
        try {
            phone.get(server.url("letter/index.html"));
            WebElement toggle = phone.findElement(By.cssSelector(".facsimile-toggle"));
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> toggle.isDisplayed());
            assertFalse(phone.findElement(By.id("facsimile")).isDisplayed(), "the text comes first");
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-pressed"));
            assertFalse(phone.findElement(By.cssSelector(".text-column")).isDisplayed());
            shows(phone, 1, PageImages.PAGE_1);
            toggle.click();
            assertTrue(phone.findElement(By.cssSelector(".text-column")).isDisplayed());
        } finally {
            phone.quit();
        }
    }

    @Test
    void opensFromFileToo() {
        desktop.get(out.resolve("letter/index.html").toUri().toString());
        shows(desktop, 1, PageImages.PAGE_1);
        scrollTo(desktop, "a.pb[data-page='2']");
        shows(desktop, 2, PageImages.PAGE_2);
    }

    /** The letter whose first page is a IIIF Image API service, and the one whose pages are a manifest's canvases. */
    @ParameterizedTest
    @ValueSource(strings = {"service", "manifest"})
    void iiifImagesAreReadByTheViewer(String edition) {
        desktop.get(server.url(edition + "/index.html"));
        shows(desktop, 1, GREEN);
        scrollTo(desktop, "a.pb[data-page='2']");
        shows(desktop, 2, PageImages.PAGE_2);
    }

    @Test
    void aLargeImageIsShownFromItsTiles() {
        desktop.get(server.url("tiled/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        // The zone of the first line, in the surface's coordinates, lands on the tiled image as on the small one.
        new Actions(desktop).moveToElement(desktop.findElement(By.cssSelector("[data-zone='z1-1']"))).perform();
        assertTrue(desktop.findElement(By.id("zone-z1-1")).getAttribute("class").contains("active"));
        assertTrue(Files.isDirectory(out.resolve("tiled/facsimile/large-1_files/13")), "the tiles are written");
    }

    @Test
    void passesAxeCore() {
        desktop.get(server.url("letter/index.html"));
        shows(desktop, 1, PageImages.PAGE_1);
        Results results = new AxeBuilder().analyze(desktop);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList()).toList();
        assertEquals(List.of(), serious);
        assertTrue(Files.isRegularFile(out.resolve("letter/openseadragon.min.js")), "the viewer is written beside the page");
    }
}
