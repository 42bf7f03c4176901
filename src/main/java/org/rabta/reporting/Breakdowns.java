package org.rabta.reporting;

import java.util.List;
import java.util.Map;

/**
 * The counts a dashboard or report is built from: persons by sex and age band (cells with sex, age band and
 * province), by exploitation type, and totals by province, district, identifying agency type, month and screening determination.
 */
record Breakdowns(List<StatisticsCell> sexAge, ExploitationCounts exploitation, Map<String, Long> byProvince,
                  Map<String, Long> byDistrict, Map<String, Long> byAgencyType, Map<String, Long> byMonth,
                  Map<String, Long> byDetermination) {
}
