package org.sigla.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sigla.SourceFiles;
import org.sigla.support.Editions;
import org.sigla.support.Needs;

/**
 * A valid edition is valid: every file of ../shared/corpus and ../shared/projects is checked
 * against its own schema (or TEI P5) and Sigla's rules, and only those with real faults are
 * invalid, each for the rules named here. The faults are the files' own: pointers to ids that
 * are in no file (a prosopography kept elsewhere, a taxonomy the demo project lacks) and
 * registers that their own schema refuses (an empty list). None is a house rule of the memoir,
 * a TEI pointer scheme read as an id, or notes sharing an anchor.
 */
class RealEditionsValidityTest {

    private static final Path SHARED = Path.of("..", "shared");

    /** The files that are invalid, by name, and the rules that find their faults. */
    private static final Map<String, Set<String>> FAULTY = new TreeMap<>(Map.ofEntries(
            Map.entry("5.1.xml", Set.of("pointer-resolves")),
            Map.entry("5.157.xml", Set.of("pointer-resolves")),
            Map.entry("PE3000014.xml", Set.of("pointer-resolves")),
            Map.entry("T71200.xml", Set.of("pointer-resolves")),
            Map.entry("CIDTC-3823-cortez.xml", Set.of("pointer-resolves")),
            Map.entry("organizations.xml", Set.of("rng")),
            Map.entry("places.xml", Set.of("rng")),
            Map.entry("works.xml", Set.of("rng"))));

    @Test
    void onlyTheFilesWithRealFaultsAreInvalid() throws Exception {
        Path corpus = SHARED.resolve("corpus");
        Needs.present(Files.isDirectory(corpus) && Files.isDirectory(SHARED.resolve("projects")), "../shared/corpus and ../shared/projects");
        Validator validator = Editions.sigla().validator();
        Map<String, Set<String>> invalid = new TreeMap<>();
        List<Path> files = SourceFiles.expand(List.of(corpus, SHARED.resolve("projects")));
        for (Path file : files) {
            Report report = validator.check(Editions.sigla().read(file));
            if (!report.isValid()) {
                Set<String> rules = new TreeSet<>();
                report.problems().stream().filter(p -> p.severity() == Severity.ERROR).forEach(p -> rules.add(p.rule()));
                // The scholastic commentary's twelve questions all point to a prosopography kept outside the file.
                String name = file.getParent().getFileName().toString().equals("scholastic-apparatus") ? "scholastic " + file.getFileName() : file.getFileName().toString();
                invalid.put(name, rules);
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>(FAULTY);
        for (Path file : files) {
            if (file.getParent().getFileName().toString().equals("scholastic-apparatus")) {
                expected.put("scholastic " + file.getFileName(), Set.of("pointer-resolves"));
            }
        }
        assertEquals(expected, invalid);
        assertEquals(60, files.size(), "the files checked");
    }
}
