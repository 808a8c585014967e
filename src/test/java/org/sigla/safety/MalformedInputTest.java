package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sigla.EditionException;
import org.sigla.support.Editions;

/**
 * Editions broken below the level of elements, as a crashed editor or a bad merge leaves them:
 * cut short, a tag left open, a stray {@code <} or {@code &}, an end tag for the wrong element,
 * a control character. Each is refused in one line that names the place ({@code file:line:col}),
 * never read half-way, never a stack trace.
 */
class MalformedInputTest {

    private static final List<Path> EDITIONS = List.of(Editions.testEdition("verse"), Editions.testEdition("drama"),
            Editions.testEdition("letter"), Editions.testEdition("apparatus"), Editions.MEMOIR);

    @Property(tries = 300)
    void aMalformedEditionIsRefusedInOneLineAtItsPlace(@ForAll @IntRange(min = 0, max = 4) int which,
                                                      @ForAll @IntRange(min = 0, max = 5) int how,
                                                      @ForAll long seed) throws Exception {
        String source = Files.readString(EDITIONS.get(which));
        Random random = new Random(seed);
        // A place inside the root element, past the prolog and before the end tag.
        int start = source.indexOf("<TEI");
        int at = start + 5 + random.nextInt(source.lastIndexOf("</TEI>") - start - 5);
        String broken = switch (how) {
            case 0 -> source.substring(0, at);
            case 1 -> source.substring(0, at) + "<" + source.substring(at);
            case 2 -> source.substring(0, at) + " & " + source.substring(at);
            case 3 -> source.substring(0, at) + "<open>" + source.substring(at);
            case 4 -> source.substring(0, at) + "</wrong>" + source.substring(at);
            default -> source.substring(0, at) + "\u0001" + source.substring(at);
        };
        Path file = Files.writeString(Files.createTempDirectory("sigla-malformed-").resolve("broken.xml"), broken);
        EditionException refused = assertThrows(EditionException.class, () -> Editions.sigla().read(file), "refused: " + how + " at " + at);
        String message = refused.problem().toString();
        assertTrue(message.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: error: not well-formed XML: [^\\n]+ \\[xml\\]"), message);
        assertFalse(message.contains("Exception"), message);
        int line = refused.problem().line();
        assertTrue(line >= 1 && line <= broken.split("\n", -1).length, "a line of the file: " + message);
    }

    /** The command line says the same, in one line, with exit code 1 (invalid). */
    @org.junit.jupiter.api.Test
    void theCommandRefusesItInOneLine() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("sigla-malformed-").resolve("cut.xml"),
                Files.readString(Editions.testEdition("verse")).replace("</TEI>", ""));
        org.sigla.cli.Run run = org.sigla.cli.Run.sigla("validate", file.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.out().lines().anyMatch(line -> line.matches(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: not well-formed XML: .* \\[xml\\]")), run::all);
        assertFalse(run.all().contains("\tat "), "no stack trace");
    }
}
