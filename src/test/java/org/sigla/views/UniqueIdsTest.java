package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/**
 * Ids in the views are unique by construction, whatever the source repeats: the same xml:id in
 * two texts of a group (invalid, built with --force), note numbers that restart, lines and
 * apparatus entries without ids. The print edition, where a repeated id is fatal, is made too.
 */
class UniqueIdsTest {

    @TempDir
    Path folder;

    @Test
    void repeatedIdsInGroupedTextsStillGiveEveryIdOnceAndAPrintEdition() throws Exception {
        String anthology = Files.readString(Editions.testEdition("anthology"));
        // Both texts of the group get the same ids for their first paragraph and first line.
        String repeated = anthology.replace("<p>A morning", "<p xml:id=\"same\">A morning").replace("<p>A night", "<p xml:id=\"same\">A night")
                .replace("<l>The water runs", "<l xml:id=\"twice\">The water runs").replace("<l>No star", "<l xml:id=\"twice\">No star");
        assertTrue(repeated.split("xml:id=\"same\"", -1).length == 3 && repeated.split("xml:id=\"twice\"", -1).length == 3);
        Path edition = Files.writeString(folder.resolve("repeated.xml"), repeated);
        Run run = Run.sigla("build", "--force", edition.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::all);
        Path built = folder.resolve("out/repeated");
        assertTrue(Files.size(built.resolve("edition.pdf")) > 0, "the print edition is typeset");
        for (Path page : org.sigla.support.Editions.pages(built)) {
            XdmNode html = Xml.html(page);
            List<String> ids = Xml.strings(html, "//@id");
            assertEquals(new HashSet<>(ids).size(), ids.size(), page + ": "
                    + ids.stream().filter(id -> Collections.frequency(ids, id) > 1).distinct().toList());
        }
        XdmNode index = Xml.html(built.resolve("index.html"));
        assertEquals(List.of("1", "1", "1"), Xml.strings(index, "//h:a[@class = 'note-call']"), "the notes keep their numbers");
        assertEquals(List.of("#note-1", "#note-2", "#note-3"), Xml.strings(index, "//h:a[@class = 'note-call']/@href"), "and get ids of their own");
    }
}
