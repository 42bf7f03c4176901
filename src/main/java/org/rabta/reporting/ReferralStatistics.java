package org.rabta.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's referral figures: referrals sent in the period within the scope, from {@code referral_statistics}
 * (V64: one count per month sent and combination of dimensions, kept current by a trigger on referral) for an
 * agency's reach or a district, and from its rollups by province and identifying agency type (V76) for the country
 * and the provinces, never from the referral rows themselves; both give the same numbers (StatisticsSourcesTest).
 * The scope's conditions apply as they do to case_statistics: its columns have the same names and meaning (the
 * sending agency's cases, where the case was identified, its identifying agency).
 */
@Component
@RequiredArgsConstructor
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

    Figures figures(StatisticsScope scope) {
        return scope.needsDetail() ? fromDetail(scope) : fromRollups(scope);
    }

    /** The same figures always from referral_statistics, whatever the scope (for comparing the two sources). */
    Figures fromDetail(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        Map<String, Counts> byServiceType = byServiceType("""
                select s.* from referral_statistics s join agency a on a.id = s.identifying_agency_id
                where %s""".formatted(where), params);
        List<long[]> hours = valueCounts("""
                select s.hours_to_accept, sum(s.referrals) as referrals
                from referral_statistics s join agency a on a.id = s.identifying_agency_id
                where %s and s.accepted
                group by s.hours_to_accept having sum(s.referrals) > 0 order by s.hours_to_accept""".formatted(where), params);
        return figures(byServiceType, lowerMedian(hours));
    }

    /**
     * From the rollups by province and identifying agency type (V76). The median in two steps, both exact: the
     * accepted referrals per whole day give the day the median falls in and its rank within that day, then that
     * day's counts per hour give the hour.
     */
    private Figures fromRollups(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.rollupWhere(params);
        Map<String, Counts> byServiceType = byServiceType("select r.* from referral_statistics_rollup r where " + where, params);
        List<long[]> days = valueCounts("""
                select r.days, sum(r.referrals) as referrals from referral_acceptance_days r
                where %s group by r.days having sum(r.referrals) > 0 order by r.days""".formatted(where), params);
        long accepted = days.stream().mapToLong(valueCount -> valueCount[1]).sum();
        Long median = null;
        if (accepted > 0) {
            long middle = (accepted + 1) / 2;
            long before = 0;
            int day = 0;
            while (before + days.get(day)[1] < middle) {
                before += days.get(day)[1];
                day++;
            }
            params.put("day", days.get(day)[0]);
            List<long[]> hours = valueCounts("""
                    select r.hours, sum(r.referrals) as referrals from referral_acceptance_hours r
                    where r.days = :day and %s group by r.hours having sum(r.referrals) > 0 order by r.hours"""
                    .formatted(where), params);
            median = valueAtRank(hours, middle - before);
        }
        return figures(byServiceType, median);
    }

    /**
     * The counts by service type of the rows {@code inScope} selects, from the detail or a rollup: both have the
     * referrals counted, the service type and the accepted, declined, completed and overdue flags.
     */
    private Map<String, Counts> byServiceType(String inScope, Map<String, Object> params) {
        Map<String, Counts> byServiceType = new LinkedHashMap<>();
        jdbc.sql("""
                select r.service_type, sum(r.referrals) as made,
                       coalesce(sum(r.referrals) filter (where r.accepted), 0) as accepted,
                       coalesce(sum(r.referrals) filter (where r.declined), 0) as declined,
                       coalesce(sum(r.referrals) filter (where r.completed), 0) as completed,
                       coalesce(sum(r.referrals) filter (where r.overdue), 0) as overdue
                from (%s) r
                group by r.service_type having sum(r.referrals) > 0 order by r.service_type""".formatted(inScope))
                .params(params).query(rs -> {
            byServiceType.put(rs.getString("service_type"), new Counts(rs.getLong("made"), rs.getLong("accepted"),
                    rs.getLong("declined"), rs.getLong("completed"), rs.getLong("overdue")));
        });
        return byServiceType;
    }

    /** {value, count} pairs of a query selecting a value and its count, in the query's order. */
    private List<long[]> valueCounts(String sql, Map<String, Object> params) {
        List<long[]> valueCounts = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            valueCounts.add(new long[] {rs.getLong(1), rs.getLong(2)});
        });
        return valueCounts;
    }

    private static Figures figures(Map<String, Counts> byServiceType, Long medianHoursToAccept) {
        Counts total = byServiceType.values().stream().reduce(Counts.NONE, Counts::plus);
        return new Figures(total, byServiceType, medianHoursToAccept);
    }

    /** The lower median of values given in ascending order with their counts ({value, count}). */
    static Long lowerMedian(List<long[]> valueCounts) {
        long count = valueCounts.stream().mapToLong(valueCount -> valueCount[1]).sum();
        return count == 0 ? null : valueAtRank(valueCounts, (count + 1) / 2);
    }

    /** The {@code rank}-th value (from 1) of values given in ascending order with their counts. */
    static long valueAtRank(List<long[]> valueCounts, long rank) {
        long seen = 0;
        for (long[] valueCount : valueCounts) {
            seen += valueCount[1];
            if (seen >= rank) {
                return valueCount[0];
            }
        }
        throw new IllegalStateException("Rank " + rank + " beyond the " + seen + " values counted");
    }
}
