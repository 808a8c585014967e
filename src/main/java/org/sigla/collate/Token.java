package org.sigla.collate;

import java.util.List;

/**
 * A word of a witness as written (with its punctuation), the inline markup it stands in
 * (outermost first), and the page and line breaks of its witness just before it; or, where
 * {@code lacuna} is set, the mark of a lacuna: the witness is not extant here.
 */
record Token(String text, List<Inline> markup, List<Milestone> milestones, boolean lacuna) {

    /** How a plain-text witness marks a lacuna: the Text::Tradition (Stemmaweb) convention, a word of its own. */
    static final String LACUNA_MARK = "#LACUNA#";

    Token {
        markup = List.copyOf(markup);
        milestones = List.copyOf(milestones);
    }

    Token(String text, List<Inline> markup, List<Milestone> milestones) {
        this(text, markup, milestones, false);
    }

    Token(String text) {
        this(text, List.of(), List.of());
    }

    /** The mark of a lacuna, with the breaks that stand before it. */
    static Token lacuna(List<Milestone> milestones) {
        return new Token(LACUNA_MARK, List.of(), milestones, true);
    }

    /** An element of a TEI witness around some of its words (hi, persName…); {@code id} tells two such elements apart. */
    record Inline(int id, String name, List<String[]> attributes) { }

    /** A page or line break of a witness (pb, lb, cb), with its @n. */
    record Milestone(String name, String n) { }
}
