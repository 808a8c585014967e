package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/** {@code sigla build} and the one-view commands: what they write, refuse and leave alone. */
class BuildCommandTest {

    @TempDir
    Path folder;

    @Test
    void buildWritesEveryViewOfAnEditionInItsOwnFolder() throws Exception {
        Path out = folder.resolve("out");
        Run run = Run.sigla("build", Editions.MEMOIR.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run::all);
        assertEquals(List.of("apparatus.html", "apparatus.txt", "edition.pdf", "index.html", "mentions.xml", "search", "source.html", "text.txt"),
                list(out.resolve("kamenev-octobre-1917")));
        // The home page, the corpus-wide indexes and the search page with its index beside the edition's folder.
        assertEquals(List.of("index.html", "kamenev-octobre-1917", "organisations.html", "pagefind", "persons.html", "places.html", "search.html", "works.html"), list(out));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".sigla-manifest.xml", ".sigla-output", "index.html", "kamenev-octobre-1917", "organisations.html", "pagefind", "persons.html", "places.html",
                            "search.html", "works.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left behind");
        }
        assertTrue(run.out().contains("1 file: 1 built, 0 invalid, 0 unchanged, 0 unreadable"), run::out);
    }

    @Test
    void eachViewHasItsOwnCommand() throws Exception {
        Path edition = Editions.testEdition("verse");
        assertEquals(0, Run.sigla("text", edition.toString(), "-o", folder.resolve("t").toString()).exitCode());
        assertEquals(List.of("text.txt"), list(folder.resolve("t/verse")));
        assertEquals(0, Run.sigla("html", edition.toString(), "-o", folder.resolve("h").toString()).exitCode());
        assertEquals(List.of("index.html", "mentions.xml", "search", "source.html"), list(folder.resolve("h/verse")));
        assertEquals(0, Run.sigla("apparatus", edition.toString(), "-o", folder.resolve("a").toString()).exitCode());
        assertEquals(List.of("apparatus.html", "apparatus.txt"), list(folder.resolve("a/verse")));
    }

    @Test
    void invalidEditionIsRefusedAndItsPreviousOutputLeftUntouched() throws Exception {
        Path out = folder.resolve("out");
        Path edition = Editions.memoirCopy(folder, "memoir.xml");
        Files.copy(Editions.MEMOIR, edition);
        assertEquals(0, Run.sigla("build", edition.toString(), "-o", out.toString()).exitCode());
        String before = Files.readString(out.resolve("memoir/index.html"));

        Files.writeString(edition, Files.readString(Editions.MEMOIR).replace("éjà au moment", "éjà au moment\uFFFD"));
        Run run = Run.sigla("build", edition.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.err().contains("[no-replacement-character]"), run::err);
        assertTrue(run.err().contains("not built: the edition is invalid"), run::err);
        assertEquals(before, Files.readString(out.resolve("memoir/index.html")));
        assertEquals(List.of("index.html", "memoir", "pagefind", "search.html"), list(out));
    }

    @Test
    void forceBuildsAnInvalidEditionAndSaysSo() throws Exception {
        Path edition = Editions.memoirCopy(folder, "memoir.xml");
        Files.writeString(edition, Files.readString(Editions.MEMOIR).replace("éjà au moment", "éjà au moment\uFFFD"));
        Run run = Run.sigla("build", "--force", edition.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(run.err().contains("built although invalid, as --force asked"), run::err);
        assertTrue(Files.exists(folder.resolve("out/memoir/index.html")));
    }

    @Test
    void malformedEditionIsReportedOnOneLineAndOthersAreStillBuilt() throws Exception {
        Path sources = Files.createDirectories(folder.resolve("sources"));
        Files.copy(Editions.testEdition("verse"), sources.resolve("verse.xml"));
        Files.writeString(sources.resolve("broken.xml"), "<TEI>\n<p>\n</TEI>\n");
        Path out = folder.resolve("out");
        Run run = Run.sigla("build", sources.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.err().contains(sources.resolve("broken.xml") + ":3:3: error: not well-formed XML"), run::err);
        assertFalse(run.all().contains("\tat "), run::all);
        assertEquals(List.of("index.html", "pagefind", "places.html", "search.html", "verse"), list(out), "the home page, the corpus index of the verse's places, the search, the verse");
    }

    @Test
    void stylesheetParametersReachTheViews() throws Exception {
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("text", Editions.MEMOIR.toString(), "-o", out.toString(), "-p", "reading=source").exitCode());
        assertTrue(Files.readString(out.resolve("kamenev-octobre-1917/text.txt")).contains("qu’eu lieu"));
    }

    @Test
    void missingEditionExitsTwo() {
        Run run = Run.sigla("build", folder.resolve("none.xml").toString(), "-o", folder.resolve("out").toString());
        assertEquals(2, run.exitCode(), run::all);
        assertTrue(run.err().lines().anyMatch(line -> line.equals(folder.resolve("none.xml") + ": error: the file does not exist [file]")), run::all);
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            // Sigla's own marker (.sigla-output) aside: these are the folders and files an editor sees.
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
