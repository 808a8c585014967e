package org.sigla.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sigla.support.Editions;

/** The mistakes editors make, each with the one message it must give: short, placed, and with what was meant. */
class EditorMistakesTest {

    @TempDir
    Path folder;

    /** A small sound edition; each case breaks it in one place. */
    private static final String SOUND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>Mistakes</title></titleStmt>
                  <publicationStmt><p>Test</p></publicationStmt>
                  <sourceDesc><p>Test</p></sourceDesc>
                </fileDesc>
              </teiHeader>
              <standOff><listPerson><person xml:id="ada"><persName>Ada</persName></person></listPerson></standOff>
              <text>
                <body>
                  <p>Written by <persName ref="#ada">Ada</persName> in <date when="1843">1843</date><anchor xml:id="a3"/>.</p>
                  <list><item>one</item></list>
                </body>
                <back><div><note target="#a3">A note.</note></div></back>
              </text>
            </TEI>
            """;

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("wrong case", "<persName ref=\"#ada\">Ada</persName>", "<persname ref=\"#ada\">Ada</persname>",
                "13:42: error: element \"persname\" is not allowed inside <p>; did you mean <persName>? [rng]"),
            Arguments.of("a letter dropped", "<persName ref=\"#ada\">Ada</persName>", "<persNme ref=\"#ada\">Ada</persNme>",
                "13:41: error: element \"persNme\" is not allowed inside <p>; did you mean <persName>? [rng]"),
            Arguments.of("two letters swapped", "<persName ref=\"#ada\">Ada</persName>", "<presName ref=\"#ada\">Ada</presName>",
                "13:42: error: element \"presName\" is not allowed inside <p>; did you mean <persName>? [rng]"),
            Arguments.of("an attribute misspelt", "<note target=\"#a3\">", "<note tagret=\"#a3\">",
                "16:35: error: attribute \"tagret\" is not allowed on <note>; did you mean @target? [rng]"),
            Arguments.of("an attribute on the wrong element", "<item>one</item>", "<item when=\"1843\">one</item>",
                "14:31: error: attribute \"when\" is not allowed on <item>; expected one of 23 names, such as @n, @prev, @rend, @ana"
                + " or @cert (--verbose lists them all) [rng]"),
            Arguments.of("a value not in the list", "<persName ref=\"#ada\">", "<persName cert=\"hihg\" ref=\"#ada\">",
                "13:54: error: the value \"hihg\" of attribute \"cert\" of <persName> is not allowed; did you mean \"high\"? [rng]"),
            Arguments.of("an id's typo", "<note target=\"#a3\">", "<note target=\"#a33\">",
                "16:36: error: <note> points to #a33, which does not exist in this file; did you mean #a3? [pointer-resolves]"),
            Arguments.of("an element in the wrong place", "<list><item>one</item></list>", "<list><item>one</item><p>two</p></list>",
                "14:32: error: element \"p\" is not allowed inside <list>; expected one of 14 names, such as <item>, <byline>, <closer>,"
                + " <salute> or <signed> (--verbose lists them all) [rng]"),
            Arguments.of("a required child missing", "<list><item>one</item></list>", "<list></list>",
                "14:13: error: element \"list\" is incomplete; it needs one of 17 names, such as <desc>, <byline>, <head>, <item> or"
                + " <label> (--verbose lists them all) [rng]"),
            Arguments.of("a required attribute missing", "<anchor xml:id=\"a3\"/>", "<anchor xml:id=\"a3\"/><graphic/>",
                "13:120: error: element \"graphic\" lacks the attribute \"url\", which it requires [rng]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGivesOneShortMessage(String mistake, String sound, String broken, String expected) throws Exception {
        assertTrue(SOUND.contains(sound), mistake);
        Path file = folder.resolve("mistake.xml");
        Files.writeString(file, SOUND.replaceFirst(java.util.regex.Pattern.quote(sound), java.util.regex.Matcher.quoteReplacement(broken)));
        Report report = Editions.sigla().validator().check(Editions.sigla().read(file));
        assertEquals(List.of(file + ":" + expected), report.problems().stream().map(Problem::toString).toList(), mistake);
    }

    @Test
    void noMessageNamesMoreThanFiveNamesAndTheFullListStaysInTheDetail() throws Exception {
        Path file = folder.resolve("unknown.xml");
        Files.writeString(file, SOUND.replace("<anchor xml:id=\"a3\"/>", "<anchor xml:id=\"a3\"/><zzz/>"));
        Problem problem = Editions.sigla().validator().check(Editions.sigla().read(file)).problems().get(0);
        assertTrue(problem.message().matches("element \"zzz\" is not allowed inside <p>; expected one of \\d+ names, such as (<\\w+>, ){3}<\\w+> or <\\w+> "
                + "\\(--verbose lists them all\\)"), problem.message());
        assertTrue(problem.detail().contains("\"persName\""), problem.detail());
        assertEquals("https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-p.html", problem.reference());
    }

    @Test
    void aMessageAboutAnElementNamesItsGuidelinesPage() throws Exception {
        Path file = folder.resolve("typo.xml");
        Files.writeString(file, SOUND.replace("<persName ref=\"#ada\">Ada</persName>", "<persname ref=\"#ada\">Ada</persname>"));
        Problem problem = Editions.sigla().validator().check(Editions.sigla().read(file)).problems().get(0);
        assertEquals("https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html", problem.reference());
    }
}
