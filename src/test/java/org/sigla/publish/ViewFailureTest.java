package org.sigla.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Editions;
import org.sigla.support.Xml;
import org.sigla.views.View;

/** One view failing on one edition takes nothing else down: not the edition's other views, not the other editions. */
class ViewFailureTest {

    @TempDir
    Path folder;

    @Test
    void aFailingViewIsToldCountedAndTheRestIsPublished() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < 6; i++) {
            Files.copy(Editions.testEdition("letter"), corpus.resolve("letter-" + i + ".xml"));
        }
        Path out = folder.resolve("out");
        List<String> failures = new ArrayList<>();
        List<Path> built = new ArrayList<>();
        BuildSummary summary = new Build(Editions.sigla(), Editions.sigla().validator(),
                FailingView.of(Editions.sigla(), "letter-3", View.PDF)).run(List.of(corpus.resolve("letter-0.xml"),
                        corpus.resolve("letter-1.xml"), corpus.resolve("letter-2.xml"), corpus.resolve("letter-3.xml"),
                        corpus.resolve("letter-4.xml"), corpus.resolve("letter-5.xml")),
                new Build.Options(out, View.built(), Map.of(), false, 2, false), new CollectingListener(failures, built));

        assertEquals(1, summary.failed());
        assertEquals(5, summary.built());
        assertFalse(summary.succeeded());
        assertEquals(List.of(FailingView.message(corpus.resolve("letter-3.xml").toString(), View.PDF)), failures);
        assertEquals(List.of("apparatus.html", "apparatus.txt", "index.html", "mentions.xml", "search", "source.html", "text.txt"), list(out.resolve("letter-3")),
                "the failing edition's other views are published");
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            assertTrue(Files.isRegularFile(out.resolve("letter-" + i + "/edition.pdf")), "letter-" + i + " is built whole");
        }
        XdmNode home = Xml.html(out.resolve("index.html"));
        assertEquals(6, Xml.count(home, "//h:li[@class = 'index-entry']"));
        assertEquals(FailingView.message(corpus.resolve("letter-3.xml").toString(), View.PDF),
                Xml.string(home, "//h:li[.//h:a/@href = 'letter-3/index.html']//h:span[@class = 'view-failed']/@title"));
        assertEquals(0, Xml.count(home, "//h:a[@href = 'letter-3/edition.pdf']"), "no link to the missing print edition");

        // The failed view is not current: the next build tries it again, and only it.
        List<String> again = new ArrayList<>();
        BuildSummary second = new Build(Editions.sigla(), Editions.sigla().validator()).run(List.of(corpus.resolve("letter-3.xml"),
                corpus.resolve("letter-4.xml")), new Build.Options(out, View.built(), Map.of(), false), new CollectingListener(again, built));
        assertEquals(List.of(), again);
        assertEquals(1, second.built());
        assertEquals(1, second.skipped());
        assertTrue(Files.isRegularFile(out.resolve("letter-3/edition.pdf")));
    }

    @Test
    void aViewThatFailsOnTheCommandLineExitsThreeAndTheOtherViewsArePublished() throws Exception {
        Path out = folder.resolve("out");
        // A width that is no number fails the two text views; the web edition, apparatus page and PDF do not need it.
        Run run = Run.sigla("build", Editions.testEdition("verse").toString(), Editions.testEdition("letter").toString(),
                "-o", out.toString(), "-p", "width=wide");
        assertEquals(3, run.exitCode(), run::all);
        assertTrue(run.out().contains("2 files: 0 built, 0 invalid, 0 unchanged, 0 unreadable, 2 failed"), run::out);
        String verse = Editions.testEdition("verse").toString();
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith(verse + ": error: the text view could not be made")
                && line.endsWith("[view-text]")), run::err);
        assertFalse(run.err().matches("(?s).*\\b(org|net|java)\\.[a-z]+\\..*"), "no Java class names: " + run.err());
        assertEquals(List.of("apparatus.html", "edition.pdf", "index.html", "mentions.xml", "search", "source.html"), list(out.resolve("verse")));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
