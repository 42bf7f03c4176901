package org.rabta.reporting;

import java.util.List;
import java.util.Map;

/**
 * The annual report in the published format (issue "annual report"): the persons identified in a year, each once,
 * with the breakdowns the provincial police, the FIA and the national committee publish. Every figure is a
 * {@link Count} as the reader may see it ({@link SmallCells}); {@code justice}: the investigations and prosecutions
 * of the year ({@link JusticeStatistics}).
 */
public record AnnualReport(int year, String scope, VictimFigures victims, Count forcedLabour, Count referred,
                           Count referredToGovernment, Count referredToNgo, Map<String, Count> byExploitationType,
                           Map<String, Count> byProvince, Map<String, Count> byDetermination,
                           JusticeFigures justice) {

    /** The victims table, in the order every output of the report prints it. */
    public List<Figure> victimFigures() {
        return List.of(new Figure("reporting.figure.total", victims.total(), false),
                new Figure("reporting.figure.women", victims.women(), false),
                new Figure("reporting.figure.men", victims.men(), false),
                new Figure("reporting.figure.children", victims.children(), false),
                new Figure("reporting.figure.girls", victims.girls(), true),
                new Figure("reporting.figure.boys", victims.boys(), true),
                new Figure("reporting.figure.transgender", victims.transgender(), false),
                new Figure("reporting.figure.notRecorded", victims.notRecorded(), false),
                new Figure("reporting.figure.forcedLabour", forcedLabour, false),
                new Figure("reporting.figure.referred", referred, false),
                new Figure("reporting.figure.referredToGovernment", referredToGovernment, true),
                new Figure("reporting.figure.referredToNgo", referredToNgo, true));
    }

    /** A row of the report: its label's message key, its count, and whether it breaks down the row above it. */
    public record Figure(String labelKey, Count count, boolean part) {
    }
}
