package org.sigla.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sigla.support.Editions;

/**
 * axe-core on every page kind of every edition: the title page, text, notes and indexes
 * (index.html), the source reading (source.html) and the apparatus (apparatus.html).
 */
class AccessibilityTest {

    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        driver = Browser.start(1280, 900, true, false);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    static Stream<Arguments> pages() {
        return Editions.all().stream().flatMap(edition -> Editions.pages(Editions.built(edition)).stream()
                .map(page -> Arguments.of(edition.getFileName().toString(), page)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void noSeriousOrCriticalViolation(String edition, Path page) {
        driver.get(page.toUri().toString());
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(AccessibilityTest::describe).toList();
        assertEquals(List.of(), serious);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void headingsDescendOneLevelAtATimeAndLandmarksAreThere(String edition, Path page) {
        driver.get(page.toUri().toString());
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) driver.executeScript("""
            const problems = [];
            let previous = 0;
            for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
              const level = Number(h.tagName[1]);
              if (level > previous + 1) problems.push(h.tagName + ' after h' + previous + ': ' + h.textContent);
              previous = level;
            }
            if (document.querySelectorAll('h1').length !== 1) problems.push('one h1 expected');
            for (const landmark of ['main', 'nav', 'footer']) {
              if (!document.querySelector(landmark)) problems.push('no ' + landmark);
            }
            if (!document.documentElement.lang) problems.push('no lang');
            return problems;""");
        assertEquals(List.of(), problems);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
