package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.search.Pagefind;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/**
 * Full-text search over a small corpus of real editions from ../shared/corpus (a French novel,
 * a German play, a Greek inscription, a Latin commentary with its source's readings) and the
 * memoir, built by {@code sigla build} with Pagefind, and searched in Chromium as a reader does.
 */
class SearchBrowserTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static final String NOVEL = "FRA01101_Dombre";
    static final String INSCRIPTION = "iospe_1_5";
    static final String COMMENTARY = "awa-l1d1q1_paris1512_awa-l1d1q1";
    static final String MEMOIR = "kamenev-octobre-1917";

    @TempDir
    static Path folder;
    private static Path out;
    private static ChromeDriver browser;
    private static EditionServer server;

    @BeforeAll
    static void build() throws Exception {
        Needs.present(Files.isDirectory(CORPUS), CORPUS.toAbsolutePath() + " (the public corpus beside the checkout)");
        Needs.present(Pagefind.find().isPresent(), "Pagefind (npm ci installs it into node_modules)");
        Browser.requireChromium();
        out = folder.resolve("out");
        List<String> failures = new ArrayList<>();
        new Build(Editions.sigla(), Editions.sigla().validator()).run(List.of(
                        CORPUS.resolve("novels-fra/" + NOVEL + ".xml"), CORPUS.resolve("drama-deu/kotzebue-ueble-laune.xml"),
                        CORPUS.resolve("epigraphy/" + INSCRIPTION + ".xml"), CORPUS.resolve("scholastic-apparatus/" + COMMENTARY + ".xml"),
                        Editions.MEMOIR),
                new Build.Options(out, java.util.EnumSet.of(View.HTML), Map.of(), true), new BuildListener() {
                    @Override public void problem(Problem problem) { }
                    @Override public void warning(Path file, String message) {
                        if (message.contains("[search]")) {
                            failures.add(message);
                        }
                    }
                    @Override public void failed(Path file, String message) { failures.add(message); }
                    @Override public void built(Path file, Path built) { }
                });
        assertEquals(List.of(), failures);
        browser = Browser.start(1200, 900, true, false);
        server = new EditionServer(out);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, server);
    }

    /** Opens the search page with this search and waits for its outcome. */
    private static String search(String base, String query) {
        browser.get(base + "search.html?" + query);
        return outcome();
    }

    private static String outcome() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            String status = driver.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.endsWith("…")
                    && (!status.matches("^\\d.*") || !driver.findElements(By.cssSelector(".search-result")).isEmpty());
        });
        return browser.findElement(By.id("search-status")).getText();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<String> editionsFound() {
        return browser.findElements(By.cssSelector(".search-result h2 a")).stream()
                .map(link -> link.getAttribute("href").replaceAll("^.*/([^/]+)/[^/]+$", "$1")).toList();
    }

    @Test
    void aWordTypedWithoutItsAccentsFindsItMarked() {
        String status = search(server.url(""), q("BAILLA"));
        assertTrue(status.matches("\\d+ match(es)? in \\d+ editions? for BAILLA\\."), status);
        assertEquals(NOVEL, editionsFound().get(0));
        WebElement first = browser.findElement(By.cssSelector(".search-result"));
        assertTrue(first.findElement(By.cssSelector(".search-facts strong")).getText().matches("\\d+ match(es)?"));
        assertEquals("bâilla,", first.findElement(By.cssSelector(".search-snippet mark")).getText());
    }

    @Test
    void aGreekWordWithoutBreathingsOrAccentsFindsTheInscription() {
        search(server.url(""), q("ατελειαν"));
        assertEquals(List.of(INSCRIPTION), editionsFound());
        assertTrue(browser.findElement(By.cssSelector(".search-snippet mark")).getText().startsWith("ἀτέλειαν"));
    }

    @Test
    void wordsInQuotationMarksAreAPhrase() {
        search(server.url(""), q("\"valet de chambre\""));
        assertEquals(List.of(NOVEL), editionsFound());
        List<String> marked = browser.findElements(By.cssSelector(".search-result:first-child .search-places li:first-child mark"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of("valet", "de", "chambre,"), marked);
    }

    @Test
    void aFilterFromTheHeadersNarrowsTheEditions() {
        // "et" is a word of the French and the Latin editions alike; the language filter keeps the Latin one.
        search(server.url(""), q("et"));
        assertTrue(editionsFound().contains(NOVEL) && editionsFound().contains(COMMENTARY), editionsFound().toString());
        new Select(browser.findElement(By.id("search-language"))).selectByValue("la");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        outcome();
        assertEquals(List.of(COMMENTARY), editionsFound());
        assertTrue(browser.getCurrentUrl().contains("language=la"), "the filter is part of the search's address");
    }

    @Test
    void aWordThatOccursNowhereSaysSo() {
        assertEquals("No match for xylophonique.", search(server.url(""), q("xylophonique")));
        assertEquals(0, browser.findElements(By.cssSelector(".search-result")).size());
    }

    @Test
    void theSourceReadingAndTheNamesAreSearchedWhenAsked() {
        search(server.url(""), q("ymo"));
        assertEquals(List.of(), editionsFound(), "the source's reading is not the edited text");
        search(server.url(""), q("ymo") + "&scope=source");
        assertEquals(List.of(COMMENTARY), editionsFound());
        search(server.url(""), q("Lenine") + "&scope=names");
        assertEquals(List.of(MEMOIR), editionsFound());
        List<String> places = browser.findElements(By.cssSelector(".search-place")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1", "3", "4", "5", "8"), places, "Lenin's first places, in reading order");
        search(server.url(""), q("Zinoviev") + "&scope=names");
        places = browser.findElements(By.cssSelector(".search-place")).stream().map(WebElement::getText).toList();
        assertTrue(!places.isEmpty() && places.stream().allMatch(place -> place.matches("n\\.[\\s\u00a0]\\d+")), "a name in the notes is cited by note: " + places);
    }

    @Test
    void aResultLeadsToItsParagraphAndMarksIt() {
        search(server.url(""), q("\"quelle heure est-il\""));
        WebElement place = browser.findElement(By.cssSelector(".search-place"));
        assertEquals("2", place.getText());
        place.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/" + NOVEL + "/index.html#p-2"));
        WebElement paragraph = browser.findElement(By.id("p-2"));
        assertTrue(paragraph.getText().contains("quelle heure est-il"), paragraph.getText());
        assertEquals("rgba(255, 243, 196, 1)", paragraph.getCssValue("background-color"), "the paragraph is marked");
    }

    @Test
    void anEditionsSearchBoxSearchesItAndCanWidenToTheCorpus() {
        browser.get(server.url(NOVEL + "/index.html"));
        WebElement box = browser.findElement(By.id("search-box-q"));
        box.sendKeys("et", Keys.ENTER);
        outcome();
        assertEquals(List.of(NOVEL), editionsFound());
        assertTrue(browser.findElement(By.id("search-only-title")).getText().startsWith("Une pupille gênante"));
        browser.findElement(By.id("search-widen")).click();
        outcome();
        assertTrue(editionsFound().size() > 1, editionsFound().toString());
    }

    @Test
    void theResultsPassAxe() {
        search(server.url(""), q("BAILLA"));
        Results results = new AxeBuilder().analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList()).toList();
        assertEquals(List.of(), serious);
        assertEquals("polite", browser.findElement(By.id("search-status")).getAttribute("aria-live"));
        // -Dsigla.screenshot=FILE keeps a page of results for the README.
        if (System.getProperty("sigla.screenshot") != null) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1480));
            search(server.url(""), q("pouvoir"));
            try {
                Files.write(Path.of(System.getProperty("sigla.screenshot")), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
            }
        }
    }

    @Test
    void fromFileTheSearchPageSaysHowToServeIt() {
        browser.get(out.resolve("search.html").toUri() + "?" + q("BAILLA"));
        assertTrue(browser.findElement(By.id("search-status")).getText().startsWith("Search needs the pages served by a web server"));
    }

    /** The output on a static server that is not Sigla's: Python's, as a reader might start it. */
    @Test
    void aStaticServerThatIsNotSiglasServesTheSearch() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Needs.present(Files.isExecutable(python), "python3");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process http = new ProcessBuilder(python.toString(), "-m", "http.server", String.valueOf(port), "--bind", "127.0.0.1")
                .directory(out.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("http.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port + "/";
            waitFor(base);
            search(base, q("bailla"));
            assertFalse(editionsFound().isEmpty());
            search(base, q("ατελειαν"));
            assertEquals(List.of(INSCRIPTION), editionsFound());
        } finally {
            http.destroy();
        }
    }

    private static void waitFor(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException(base + " did not answer");
    }
}
