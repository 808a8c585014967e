package org.sigla.collate;

import java.util.List;

/**
 * One witness as Sigla collates it: its siglum, the file it came from, and its words in
 * blocks (paragraphs of a plain text, the paragraphs and verse lines of a TEI text).
 */
record WitnessText(String siglum, String file, List<List<Token>> blocks) {

    WitnessText {
        blocks = blocks.stream().map(List::copyOf).toList();
    }

    /** How many words it has (lacuna marks are not words). */
    int size() {
        return (int) blocks.stream().flatMap(List::stream).filter(token -> !token.lacuna()).count();
    }
}
