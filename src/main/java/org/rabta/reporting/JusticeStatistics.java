package org.rabta.reporting;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of investigations and prosecutions (issue 16) for a scope: whose (the registering agency, or the
 * district of the FIR for a jurisdiction), where (province, district of the FIR) and when. An investigation counts in
 * the month its FIR was registered, and under each law among its offences; an accused person counts once per
 * investigation in the month of the first arrest, the first charge sheet (prosecuted) and the first verdict (convicted
 * or acquitted, by what that first verdict was). The counts come from the monthly rollup {@code justice_statistics},
 * which database triggers keep by these rules in the transaction of every change (V90); the medians from the day counts
 * {@code justice_durations}, kept the same way from the first dates on each accused (V91).
 */
@Component
@RequiredArgsConstructor
class JusticeStatistics {

    /** What is counted, one series each, in the order of the report, with the message key of its label. */
    enum Figure {
        INVESTIGATIONS("investigations"), PTPA("investigationsPtpa"), PSMA("investigationsPsma"),
        ARRESTED("accusedArrested"), PROSECUTED("accusedProsecuted"), CONVICTED("accusedConvicted"),
        ACQUITTED("accusedAcquitted");

        private final String labelKey;

        Figure(String name) {
            this.labelKey = "reporting.justice." + name;
        }

        String labelKey() {
            return labelKey;
        }
    }

    /** The figures by month ({@code yyyy-MM}), months without any left out. */
    record Counts(Map<String, Map<Figure, Long>> byMonth) {

        long total(Figure figure) {
            return byMonth.values().stream().mapToLong(counts -> counts.getOrDefault(figure, 0L)).sum();
        }

        long of(String month, Figure figure) {
            return byMonth.getOrDefault(month, Map.of()).getOrDefault(figure, 0L);
        }
    }

    /**
     * Median days from the FIR to the first charge sheet of the accused charge-sheeted in the period, and from the first
     * charge sheet to the first verdict of the accused with a first verdict in the period (a verdict needs a charge sheet
     * before it); null when there is none. Each with the number of accused it is taken over.
     */
    record Medians(Long daysToChargeSheet, long chargeSheeted, Long daysToVerdict, long decided) {
    }

    private final JdbcClient jdbc;

    Counts count(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select to_char(r.month, 'YYYY-MM') as month, r.figure, sum(r.n) as n
                from %s
                group by 1, 2 having sum(r.n) <> 0""".formatted(rollupInScope("justice_statistics", scope, params));
        Map<String, Map<Figure, Long>> byMonth = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byMonth.computeIfAbsent(rs.getString("month"), month -> new HashMap<>())
                    .put(Figure.valueOf(rs.getString("figure")), rs.getLong("n"));
        });
        return new Counts(byMonth);
    }

    /**
     * The medians as {@code percentile_cont(0.5)} takes them, from the day counts of V91: the middle value of the
     * accused's days, or the mean of the two middle values when their number is even, then rounded to whole days
     * ({@link #days}). The values in day order, the lower middle one is the first whose running count reaches half
     * the number (rounded up), the upper middle one the first whose running count passes half the number (rounded
     * down).
     */
    Medians medians(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                with day_counts as (
                    select r.measure, r.days, sum(r.n) as n
                    from %s
                    group by r.measure, r.days having sum(r.n) > 0),
                running as (
                    select measure, days, sum(n) over (partition by measure order by days) as up_to,
                           sum(n) over (partition by measure) as total
                    from day_counts)
                select measure, max(total) as total,
                       (min(days) filter (where up_to >= ceil(total / 2))
                        + min(days) filter (where up_to >= floor(total / 2) + 1)) / 2.0 as median
                from running group by measure""".formatted(rollupInScope("justice_durations", scope, params));
        Map<String, Median> byMeasure = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byMeasure.put(rs.getString("measure"), new Median(days(rs.getObject("median")), rs.getLong("total")));
        });
        Median toChargeSheet = byMeasure.getOrDefault("FIR_TO_CHARGE_SHEET", Median.NONE);
        Median toVerdict = byMeasure.getOrDefault("CHARGE_SHEET_TO_VERDICT", Median.NONE);
        return new Medians(toChargeSheet.days(), toChargeSheet.of(), toVerdict.days(), toVerdict.of());
    }

    /** One measure's median and the number of values it is taken over. */
    private record Median(Long days, long of) {

        static final Median NONE = new Median(null, 0);
    }

    /**
     * A justice rollup ({@code r}) joined to what a scope filters on (the FIR's district {@code d}, the registering
     * agency {@code a}) and limited to the scope's months and area: the one place the justice figures and medians take
     * their scope from.
     */
    private static String rollupInScope(String rollup, StatisticsScope scope, Map<String, Object> params) {
        params.put("fromMonth", Date.valueOf(scope.from().atDay(1)));
        params.put("toMonth", Date.valueOf(scope.to().atDay(1)));
        String area = scope.area("r.registering_agency_id", "d.province_code", "r.district_code", params);
        return """
                %s r join district d on d.code = r.district_code join agency a on a.id = r.registering_agency_id
                where r.month between :fromMonth and :toMonth and %s""".formatted(rollup, area);
    }

    /** In whole days, a half rounded up (the median of an even number of values may end in .5). */
    private static Long days(Object median) {
        return median == null ? null : Math.round(((Number) median).doubleValue());
    }
}
