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
}
