package org.rabta.reporting;

import java.util.List;
import org.rabta.cases.AgeBand;

/**
 * A count of persons sharing the values of the dimensions a query grouped by; a dimension it did not group by is
 * null. {@code exploitationTypes} is the set of a person's exploitation types (a person may have several).
 */
record StatisticsCell(String month, String sex, AgeBand ageBand, List<String> exploitationTypes, String provinceCode,
                      String districtCode, String agencyType, String determination, long persons) {
}
