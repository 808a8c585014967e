package org.sigla.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mistake, one message. Where one fault trips several rules at one place (a note whose
 * target is a typo breaks both {@code pointer-resolves} and {@code note-anchor}; an element
 * the grammar refuses may be reported twice), the editor sees the message that names the
 * cause; the others are kept apart, for --verbose.
 */
final class Mistakes {

    /** Rules whose finding follows from a pointer that leads nowhere, which pointer-resolves reports. */
    private static final Set<String> FOLLOW_FROM_A_BROKEN_POINTER = Set.of("note-anchor", "note-anchor-shared", "name-ref", "app-span",
            "wit-declared");

    private Mistakes() {}

    /** @return the problems to show, and those they make redundant */
    static List<List<Problem>> separate(List<Problem> problems) {
        Map<String, List<Problem>> byPlace = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String place = problem.line() > 0 ? problem.line() + ":" + problem.column() : "?" + byPlace.size();
            byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(problem);
        }
        List<Problem> shown = new ArrayList<>();
        List<Problem> redundant = new ArrayList<>();
        for (List<Problem> here : byPlace.values()) {
            boolean brokenPointer = here.stream().anyMatch(p -> p.rule().equals("pointer-resolves"));
            boolean grammarSpoke = false;
            for (Problem problem : here) {
                boolean follows = brokenPointer && FOLLOW_FROM_A_BROKEN_POINTER.contains(problem.rule())
                        || problem.rule().equals(RelaxNgSchema.RULE) && grammarSpoke;
                grammarSpoke |= problem.rule().equals(RelaxNgSchema.RULE);
                (follows ? redundant : shown).add(problem);
            }
        }
        return List.of(shown, redundant);
    }
}
