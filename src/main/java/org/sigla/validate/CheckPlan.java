package org.sigla.validate;

import java.util.List;

/**
 * What checks an edition, and where each comes from: its grammar (the schemas it names, or
 * TEI P5's tei_all where it names none that Sigla can read, or the one given on the command
 * line), Sigla's editorial rules, which hold for every edition, and the Schematron rules it
 * names itself. {@code notes} say, once, what was put in place of what.
 */
public record CheckPlan(List<Check> checks, List<String> notes) {

    public enum Layer { GRAMMAR, SIGLA_RULES, EDITION_RULES }

    /**
     * One schema or set of rules in force.
     *
     * @param layer    which of the three it is
     * @param source   its address, as the edition names it (or Sigla's name for it)
     * @param origin   why it applies, in a few words
     * @param advisory whether its findings are warnings only: the grammar put in place of one the edition names but Sigla cannot read
     */
    public record Check(Layer layer, String source, String origin, boolean advisory) { }

    public CheckPlan {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }
}
