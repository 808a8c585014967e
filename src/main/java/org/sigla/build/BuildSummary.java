package org.sigla.build;

/**
 * What a build did with its editions.
 *
 * @param built      editions whose views are in place
 * @param invalid    editions refused because they are invalid (or not well-formed)
 * @param unreadable editions that could not be opened
 * @param forced     invalid editions built anyway, as --force asked
 */
public record BuildSummary(int built, int invalid, int unreadable, int forced) {

    public boolean succeeded() {
        return invalid == 0 && unreadable == 0;
    }
}
