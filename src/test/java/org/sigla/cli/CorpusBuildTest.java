package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/** Building a folder of editions: in parallel, incrementally, with a home page that lists them. */
class CorpusBuildTest {

    @TempDir
    Path folder;

    private Path corpus(int copies) throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus/letters"));
        for (int i = 0; i < copies; i++) {
            Files.copy(Editions.testEdition("letter"), corpus.resolve(String.format("letter-%02d.xml", i)));
        }
        Files.copy(Editions.testEdition("verse"), Files.createDirectories(folder.resolve("corpus/poems")).resolve("verse.xml"));
        return folder.resolve("corpus");
    }

    @Test
    void aFolderIsBuiltInParallelWithAHomePageListingEveryEdition() throws Exception {
        Path corpus = corpus(20);
        Path out = folder.resolve("out");
        Run run = Run.sigla("text", corpus.toString(), "-o", out.toString(), "-j", "2");
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(run.out().contains("21 files: 21 built, 0 invalid, 0 unchanged, 0 unreadable"), run::out);
        XdmNode home = Xml.html(out.resolve("index.html"));
        assertEquals(21, Xml.count(home, "//h:li[@class = 'index-entry']"));
        for (String link : Xml.strings(home, "//h:a/@href")) {
            assertTrue(Files.exists(out.resolve(link)), link);
        }
        assertEquals("Two Stanzas", Xml.string(home, "//h:a[@href = 'verse/text.txt']/../h:a[@class = 'index-name']"));
    }

    @Test
    void aSecondBuildRebuildsOnlyWhatChanged() throws Exception {
        Path corpus = corpus(5);
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("text", corpus.toString(), "-o", out.toString()).exitCode());
        Run again = Run.sigla("text", corpus.toString(), "-o", out.toString());
        assertTrue(again.out().contains("6 files: 0 built, 0 invalid, 6 unchanged"), again::out);

        Path changed = corpus.resolve("letters/letter-03.xml");
        Files.writeString(changed, Files.readString(changed).replace("Répondez-moi vite.", "Répondez-moi très vite."));
        Run one = Run.sigla("text", corpus.toString(), "-o", out.toString());
        assertTrue(one.out().contains("6 files: 1 built, 0 invalid, 5 unchanged"), one::out);
        assertTrue(Files.readString(out.resolve("letter-03/text.txt")).contains("très vite"));

        Run settings = Run.sigla("text", corpus.toString(), "-o", out.toString(), "-p", "width=50");
        assertTrue(settings.out().contains("6 files: 6 built"), "new settings rebuild everything: " + settings.out());
        Run clean = Run.sigla("text", corpus.toString(), "-o", out.toString(), "-p", "width=50", "--clean");
        assertTrue(clean.out().contains("6 files: 6 built"), clean::out);
    }

    @Test
    void quietPrintsOnlyProblemsAndTheSummary() throws Exception {
        Path corpus = corpus(3);
        Files.writeString(corpus.resolve("broken.xml"), "<TEI>");
        Run run = Run.sigla("text", corpus.toString(), "-o", folder.resolve("out").toString(), "--quiet");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("5 files: 4 built, 1 invalid, 0 unchanged, 0 unreadable, 0 failed"),
                run.out().lines().map(line -> line.replaceAll(", in .*", "")).toList());
        assertTrue(run.err().contains("broken.xml:1:6: error: not well-formed XML"), run::err);
        assertFalse(run.out().contains("built in"));
    }

    @Test
    void twoEditionsWithOneFileNameGetTwoFolders() throws Exception {
        Path a = Files.createDirectories(folder.resolve("a"));
        Path b = Files.createDirectories(folder.resolve("b"));
        Files.copy(Editions.testEdition("verse"), a.resolve("poem.xml"));
        Files.copy(Editions.testEdition("drama"), b.resolve("poem.xml"));
        Run run = Run.sigla("text", a.toString(), b.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(Files.readString(folder.resolve("out/a-poem/text.txt")).startsWith("Two Stanzas"));
        assertTrue(Files.readString(folder.resolve("out/b-poem/text.txt")).startsWith("A Scene"));
    }
}
