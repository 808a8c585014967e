package org.sigla.views;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sigla.support.Editions;
import org.sigla.support.Invariants;

/** The invariants between each shipped or test edition and its views. */
class ViewInvariantsTest {

    static Stream<Path> editions() {
        return Editions.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyNoteAppearsExactlyOnceInTheWebEditionAndTheText(Path edition) throws Exception {
        Invariants.everyNoteAppearsOnce(edition, Editions.built(edition));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyInterventionAndVariantHasAnApparatusEntryLinkedBothWays(Path edition) {
        Invariants.everyInterventionHasAnEntryLinkedBothWays(edition, Editions.built(edition));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void noWordOfTheEditedReadingIsMissingFromTheText(Path edition) throws Exception {
        Invariants.noWordOfTheEditedReadingIsLost(edition, Editions.built(edition));
    }

    /**
     * The invariant fails when the way back is broken: the memoir's page with its marks to the
     * apparatus taken out (the entries still link to their places), or with the entries' links
     * to their places taken out.
     */
    @org.junit.jupiter.api.Test
    void theLinkInvariantFailsWhenEitherWayIsBroken(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path built = Editions.built(Editions.MEMOIR);
        for (String broken : new String[] {"marks", "places"}) {
            Path copy = java.nio.file.Files.createDirectories(folder.resolve(broken));
            for (String file : new String[] {"index.html", "apparatus.html"}) {
                String page = java.nio.file.Files.readString(built.resolve(file));
                if (broken.equals("marks") && file.equals("index.html")) {
                    page = page.replaceAll("<a class=\"app-mark\"[^>]*>[^<]*</a>", "");
                }
                if (broken.equals("places") && file.equals("apparatus.html")) {
                    page = page.replaceAll("<a class=\"entry-place\"[^>]*>([^<]*)</a>", "$1");
                }
                java.nio.file.Files.writeString(copy.resolve(file), page);
            }
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> Invariants.everyInterventionHasAnEntryLinkedBothWays(Editions.MEMOIR, copy), broken + " taken out must fail");
        }
    }
}
