package org.sigla.publish;

/**
 * What a build did with its editions.
 *
 * @param files      editions named
 * @param built      editions whose views are in place (forced ones included)
 * @param invalid    editions refused because they are invalid (or not well-formed)
 * @param unreadable editions that could not be opened
 * @param forced     invalid editions built anyway, as --force asked
 * @param skipped    editions left as they were, unchanged since their last build
 * @param failed     editions of which a view failed (their other views are published)
 * @param seconds    how long the build took
 */
public record BuildSummary(int files, int built, int invalid, int unreadable, int forced, int skipped, int failed,
                           double seconds) {

    public boolean succeeded() {
        return invalid == 0 && unreadable == 0 && failed == 0;
    }
}
