package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/** A one-view command replaces the files of its view and nothing else of the edition's folder. */
class OneViewCommandTest {

    private static final List<String> ALL = List.of("apparatus.html", "apparatus.txt", "edition.pdf", "index.html", "mentions.xml",
            "search/names.fr.html", "search/source.fr.html", "search/text.fr.html", "search/witnesses.fr.html", "source.html", "text.txt");

    @TempDir
    Path folder;

    @Test
    void eachOneViewCommandLeavesTheOtherViewsByteForByte() throws Exception {
        Path out = folder.resolve("out");
        Path edition = folder.resolve("memoir.xml");
        Files.copy(Editions.MEMOIR, edition);
        assertEquals(0, Run.sigla("build", edition.toString(), "-o", out.toString()).exitCode());
        Map<String, List<String>> commands = Map.of("text", List.of("text.txt"), "html", List.of("index.html", "source.html", "search/source.fr.html", "search/text.fr.html"),
                "apparatus", List.of("apparatus.html", "apparatus.txt"), "pdf", List.of("edition.pdf"));
        for (Map.Entry<String, List<String>> command : new TreeMap<>(commands).entrySet()) {
            Map<String, byte[]> before = contents(out.resolve("memoir"));
            // An edit that every view shows (a paragraph with an intervention), so that the view's own files do change.
            Files.writeString(edition, Files.readString(edition).replace("</body>",
                    "<p>Ajout <supplied resp=\"#mia\">" + command.getKey() + "</supplied>.</p></body>"));
            Run run = Run.sigla(command.getKey(), edition.toString(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run::all);
            Map<String, byte[]> after = contents(out.resolve("memoir"));
            assertEquals(ALL, List.copyOf(after.keySet()), command.getKey() + " keeps every file of the edition");
            for (String file : ALL) {
                if (command.getValue().contains(file)) {
                    assertNotEquals(new String(before.get(file), java.nio.charset.StandardCharsets.ISO_8859_1),
                            new String(after.get(file), java.nio.charset.StandardCharsets.ISO_8859_1), command.getKey() + " rewrites " + file);
                } else {
                    assertArrayEquals(before.get(file), after.get(file), command.getKey() + " leaves " + file + " as it was");
                }
            }
        }
    }

    @Test
    void aBuildAfterAOneViewCommandRendersOnlyTheViewsThatAreNotCurrent() throws Exception {
        Path out = folder.resolve("out");
        Path edition = Editions.testEdition("letter");
        assertEquals(0, Run.sigla("build", edition.toString(), "-o", out.toString()).exitCode());
        assertEquals(0, Run.sigla("text", edition.toString(), "-o", out.toString(), "-p", "width=40").exitCode());
        assertTrue(Files.readAllLines(out.resolve("letter/text.txt")).stream().allMatch(line -> line.length() <= 40));
        Map<String, byte[]> before = contents(out.resolve("letter"));

        // The text view was written with other settings than the build's: it alone is rendered again.
        Run build = Run.sigla("build", edition.toString(), "-o", out.toString());
        assertTrue(build.out().contains("1 file: 1 built"), build::out);
        Map<String, byte[]> after = contents(out.resolve("letter"));
        assertTrue(Files.readAllLines(out.resolve("letter/text.txt")).stream().anyMatch(line -> line.length() > 40));
        for (String file : ALL) {
            if (!file.equals("text.txt")) {
                assertArrayEquals(before.get(file), after.get(file), file + " was current and is left alone");
            }
        }
        Run again = Run.sigla("build", edition.toString(), "-o", out.toString());
        assertTrue(again.out().contains("1 file: 0 built, 0 invalid, 1 unchanged"), again::out);
        Run text = Run.sigla("text", edition.toString(), "-o", out.toString());
        assertTrue(text.out().contains("1 file: 0 built, 0 invalid, 1 unchanged"), "the text view is current: " + text.out());
    }

    @Test
    void theCorpusPageListsTheViewsEachEditionHas() throws Exception {
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("text", Editions.testEdition("verse").toString(), "-o", out.toString()).exitCode());
        assertEquals(0, Run.sigla("build", Editions.testEdition("letter").toString(), "-o", out.toString()).exitCode());
        XdmNode home = Xml.html(out.resolve("index.html"));
        assertEquals(List.of("verse/text.txt"), Xml.strings(home, "//h:li[h:a[@class = 'index-name']/@href = 'verse/text.txt']//h:span//h:a/@href"));
        assertEquals(List.of("letter/index.html", "letter/source.html", "letter/text.txt", "letter/apparatus.html",
                        "letter/apparatus.txt", "letter/edition.pdf"),
                Xml.strings(home, "//h:li[h:a[@class = 'index-name']/@href = 'letter/index.html']//h:span//h:a/@href"));
    }

    @Test
    void aOneViewCommandKilledHalfwayLeavesEveryEditionWhole() throws Exception {
        Path sources = Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < 10; i++) {
            Files.copy(Editions.MEMOIR, sources.resolve(String.format("memoir-%02d.xml", i)));
        }
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("build", sources.toString(), "-o", out.toString(), "-j", "2").exitCode());

        Run.killedOnceItSays("memoir-02", folder.resolve("child.log"), "html", sources.toString(), "-o", out.toString(), "-j", "1",
                "-p", "lang=en");

        for (int i = 0; i < 10; i++) {
            Path edition = out.resolve(String.format("memoir-%02d", i));
            assertEquals(ALL, List.copyOf(contents(edition).keySet()), edition + " is whole");
            assertTrue(Files.readString(edition.resolve("index.html")).trim().endsWith("</html>"), edition + " is readable");
        }
        Run again = Run.sigla("build", sources.toString(), "-o", out.toString());
        assertEquals(0, again.exitCode(), again::all);
    }

    /** The files of an edition's folder and its subfolders by path, sorted; Sigla's hidden files aside. */
    private static Map<String, byte[]> contents(Path edition) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.walk(edition)) {
            for (Path file : list.filter(Files::isRegularFile).filter(p -> !edition.relativize(p).toString().startsWith(".")).toList()) {
                files.put(edition.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
