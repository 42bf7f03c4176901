package org.rabta.reporting;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The statistics dashboard of a reach and its filters: headline figures and the tables the charts draw.
 *
 * @param medianHoursToAcceptance of the referrals sent in the period and accepted; null when none was
 */
public record Dashboard(String scope, String from, String to, VictimFigures victims, long referralsMade,
                        Long medianHoursToAcceptance, List<StatisticsTable> tables, ZonedDateTime countedAt) {

    public Optional<StatisticsTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }
}
