package org.sigla.collate;

import java.util.List;

/**
 * A word of a witness as written (with its punctuation), the inline markup it stands in
 * (outermost first), and the page and line breaks of its witness just before it.
 */
record Token(String text, List<Inline> markup, List<Milestone> milestones) {

    Token {
        markup = List.copyOf(markup);
        milestones = List.copyOf(milestones);
    }

    Token(String text) {
        this(text, List.of(), List.of());
    }

    /** An element of a TEI witness around some of its words (hi, persName…); {@code id} tells two such elements apart. */
    record Inline(int id, String name, List<String[]> attributes) { }

    /** A page or line break of a witness (pb, lb, cb), with its @n. */
    record Milestone(String name, String n) { }
}
