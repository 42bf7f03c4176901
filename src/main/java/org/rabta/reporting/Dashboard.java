package org.rabta.reporting;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The statistics dashboard of a reach and its filters: headline figures and the tables the charts draw.
 *
 * @param medianHoursToAcceptance of the referrals sent in the period and accepted; null when none was, or when it is
 *                                withheld
 * @param medianWithheld          whether the median exists but is withheld from this reader ({@link SmallCells})
 * @param justice                 investigations and prosecutions of the period ({@link JusticeStatistics})
 * @param justiceMedians          median days from FIR to charge sheet and from charge sheet to verdict
 */
public record Dashboard(String scope, String from, String to, VictimFigures victims, Count referralsMade,
                        Long medianHoursToAcceptance, boolean medianWithheld, JusticeFigures justice,
                        JusticeMedians justiceMedians, List<StatisticsTable> tables, ZonedDateTime countedAt) {

    public Optional<StatisticsTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }
}
