package org.sigla.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sigla.SourceFiles;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.publish.BuildSummary;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Invariants;
import org.sigla.support.Xml;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/**
 * Public editions Sigla was not written for (../shared/corpus: French novels, German drama, a
 * scholastic commentary, EpiDoc inscriptions), built whole with every view: nothing fails,
 * every TEI element has a rendering, and nothing of the text is lost.
 */
class SharedCorpusTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private static Path out;
    private static BuildSummary summary;
    private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private static final Map<Path, Set<String>> unrendered = Collections.synchronizedMap(new LinkedHashMap<>());
    private static List<Path> sources;

    @BeforeAll
    static void buildTheCorpus() throws Exception {
        Needs.present(Files.isDirectory(CORPUS), CORPUS.toAbsolutePath() + " (the public corpus beside the checkout)");
        sources = SourceFiles.expand(List.of(CORPUS));
        out = Files.createTempDirectory("sigla-corpus-");
        summary = new Build(Editions.sigla(), Editions.sigla().validator()).run(sources,
                new Build.Options(out, EnumSet.allOf(View.class), Map.of(), true, 2, true), new BuildListener() {
                    @Override
                    public void problem(Problem problem) { }

                    @Override
                    public void warning(Path edition, String message) {
                        if (message.contains("[unhandled]")) {
                            unrendered.computeIfAbsent(edition.getFileName(), e -> new HashSet<>())
                                    .add(message.replaceAll(".*the element (\\S+),.*", "$1"));
                        }
                    }

                    @Override
                    public void failed(Path edition, String message) {
                        failures.add(message);
                    }

                    @Override
                    public void built(Path edition, Path folder) { }
                });
    }

    @Test
    void everyEditionIsBuiltWithEveryViewAndNoneFails() throws Exception {
        assertEquals(List.of(), failures);
        assertEquals(sources.size(), summary.built(), summary.toString());
        assertTrue(sources.size() >= 51, "the corpus holds its 51 editions: " + sources.size());
        for (Path source : sources) {
            for (String file : List.of("index.html", "text.txt", "apparatus.html", "apparatus.txt", "edition.pdf")) {
                assertTrue(Files.isRegularFile(folder(source).resolve(file)), source + ": " + file);
            }
        }
    }

    @Test
    void onlyANameThatIsNotTeiGoesWithoutARendering() {
        // The scholastic commentary misspells <unclear> once as <unlear>: that warning is right.
        assertEquals(Map.of(Path.of("awa-l1d1q2_paris1512_awa-l1d1q2.xml"), Set.of("unlear")), unrendered);
    }

    @TestFactory
    Stream<DynamicTest> nothingIsLostInAnyEdition() {
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            Path built = folder(source);
            Invariants.everyNoteAppearsOnce(source, built);
            Invariants.everyInterventionHasAnEntryLinkedBothWays(source, built);
            Invariants.noWordOfTheEditedReadingIsLost(source, built);
            for (Path page : Editions.pages(built)) {
                everyIdOnceAndEveryLinkWithinThePageLeadsSomewhere(page);
            }
        }));
    }

    private static void everyIdOnceAndEveryLinkWithinThePageLeadsSomewhere(Path page) {
        XdmNode html = Xml.html(page);
        List<String> ids = Xml.strings(html, "//@id");
        Set<String> unique = new HashSet<>(ids);
        assertEquals(unique.size(), ids.size(), page + ": an id stands twice: "
                + ids.stream().filter(id -> Collections.frequency(ids, id) > 1).distinct().toList());
        for (String href : Xml.strings(html, "//h:a/@href[starts-with(., '#') and . != '#']")) {
            String id = URLDecoder.decode(href.substring(1), StandardCharsets.UTF_8);
            assertTrue(unique.contains(id), page + ": " + href + " leads nowhere");
        }
    }

    /** The folder a corpus build gives a source: its name (the corpus has no two files of one name). */
    private static Path folder(Path source) {
        return out.resolve(source.getFileName().toString().replaceFirst("\\.xml$", ""));
    }
}
