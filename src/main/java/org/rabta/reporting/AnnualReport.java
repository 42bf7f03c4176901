package org.rabta.reporting;

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
}
