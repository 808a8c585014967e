package org.sigla.build;

/**
 * What a build did with its editions.
 *
 * @param files      editions named
 * @param built      editions whose views are in place (forced ones included)
 * @param invalid    editions refused because they are invalid (or not well-formed)
 * @param unreadable editions that could not be opened
 * @param forced     invalid editions built anyway, as --force asked
 * @param skipped    editions left as they were, unchanged since their last build
 * @param seconds    how long the build took
 */
public record BuildSummary(int files, int built, int invalid, int unreadable, int forced, int skipped, double seconds) {

    public boolean succeeded() {
        return invalid == 0 && unreadable == 0;
    }
}
