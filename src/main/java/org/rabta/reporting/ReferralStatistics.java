package org.rabta.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's referral figures: referrals sent in the period within the scope, from {@code referral_statistics}
 * (V64: one count per month sent and combination of dimensions, kept current by a trigger on referral), never from
 * the referral rows themselves. The scope's conditions apply as they do to case_statistics: its columns have the
 * same names and meaning (the sending agency's cases, where the case was identified, its identifying agency).
 */
@Component
class ReferralStatistics {

    /** The counts of one service type, or of all of them. */
    record Counts(long made, long accepted, long declined, long completed, long overdue) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(made + other.made, accepted + other.accepted, declined + other.declined,
                    completed + other.completed, overdue + other.overdue);
        }
    }

    /**
     * @param byServiceType       counts of each service type with at least one referral
     * @param medianHoursToAccept the median of the whole hours from sending to acceptance of the accepted ones (the
     *                            lower middle value when their number is even); null when none was accepted
     */
    record Figures(Counts total, Map<String, Counts> byServiceType, Long medianHoursToAccept) {
    }

    private final JdbcClient jdbc;

    ReferralStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures figures(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        Map<String, Counts> byServiceType = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.service_type, sum(s.referrals) as made,
                               coalesce(sum(s.referrals) filter (where s.accepted), 0) as accepted,
                               coalesce(sum(s.referrals) filter (where s.declined), 0) as declined,
                               coalesce(sum(s.referrals) filter (where s.completed), 0) as completed,
                               coalesce(sum(s.referrals) filter (where s.overdue), 0) as overdue
                        from referral_statistics s join agency a on a.id = s.identifying_agency_id
                        where %s
                        group by s.service_type having sum(s.referrals) > 0 order by s.service_type""".formatted(where))
                .params(params)
                .query(rs -> {
                    byServiceType.put(rs.getString("service_type"), new Counts(rs.getLong("made"), rs.getLong("accepted"),
                            rs.getLong("declined"), rs.getLong("completed"), rs.getLong("overdue")));
                });
        Counts total = byServiceType.values().stream().reduce(Counts.NONE, Counts::plus);
        List<long[]> hours = new ArrayList<>();
        jdbc.sql("""
                        select s.hours_to_accept, sum(s.referrals) as referrals
                        from referral_statistics s join agency a on a.id = s.identifying_agency_id
                        where %s and s.accepted
                        group by s.hours_to_accept having sum(s.referrals) > 0 order by s.hours_to_accept""".formatted(where))
                .params(params)
                .query(rs -> {
                    hours.add(new long[] {rs.getLong("hours_to_accept"), rs.getLong("referrals")});
                });
        return new Figures(total, byServiceType, lowerMedian(hours));
    }

    /** The lower median of values given in ascending order with their counts ({value, count}). */
    static Long lowerMedian(List<long[]> valueCounts) {
        long count = valueCounts.stream().mapToLong(valueCount -> valueCount[1]).sum();
        if (count == 0) {
            return null;
        }
        long middle = (count + 1) / 2;
        long seen = 0;
        for (long[] valueCount : valueCounts) {
            seen += valueCount[1];
            if (seen >= middle) {
                return valueCount[0];
            }
        }
        throw new IllegalStateException("unreachable: the counts add up to " + count);
    }
}
