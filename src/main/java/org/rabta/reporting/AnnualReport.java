package org.rabta.reporting;

import java.util.Map;

/**
 * The annual report in the published format (issue "annual report"): the persons identified in a year, each once,
 * with the breakdowns the provincial police, the FIA and the national committee publish.
 */
public record AnnualReport(int year, String scope, VictimFigures victims, long forcedLabour, long referred,
                           long referredToGovernment, long referredToNgo, Map<String, Long> byExploitationType,
                           Map<String, Long> byProvince, Map<String, Long> byDetermination) {
}
