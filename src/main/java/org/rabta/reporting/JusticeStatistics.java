package org.rabta.reporting;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of investigations and prosecutions (issue 16) for a scope: whose (the registering agency, or the
 * district of the FIR for a jurisdiction), where (province, district of the FIR) and when. An investigation counts in
 * the month its FIR was registered, and under each law among its offences; an accused person counts once per
 * investigation in the month of the first arrest, the first charge sheet (prosecuted) and the first verdict (convicted
 * or acquitted, by what that first verdict was). The first dates are kept on each accused by the investigations
 * service, so nothing here reads the events except for the kind of a first verdict in the period.
 */
@Component
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
     * charge sheet to the first verdict of the accused with a first verdict in the period; null when there is none.
     */
    record Medians(Long daysToChargeSheet, long chargeSheeted, Long daysToVerdict, long decided) {
    }

    /** The accused of the scope's investigations, with the FIR's date; {@code i} and {@code a} as in the area. */
    private static final String ACCUSED = """
            accused acc join investigation i on i.id = acc.investigation_id join district d on d.code = i.district_code
            join agency a on a.id = i.registering_agency_id""";

    private static final String INVESTIGATIONS = """
            investigation i join district d on d.code = i.district_code join agency a on a.id = i.registering_agency_id""";

    /** The kind of the accused's first verdict (the order of AccusedPath: date, then as recorded). */
    private static final String FIRST_VERDICT = """
            (select e.type from accused_event e where e.accused_id = acc.id
             and e.type in ('CONVICTED', 'ACQUITTED', 'DISCHARGED', 'COMPROMISED')
             order by e.occurred_on, e.id limit 1)""";

    private final JdbcClient jdbc;

    JusticeStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts count(StatisticsScope scope) {
        Map<String, Object> params = period(scope);
        String area = scope.area("i.registering_agency_id", "d.province_code", "i.district_code", params);
        // One pass over the investigations of the period (each once, plus once under each of the two Acts among its
        // offences) and one over the accused with any first date in the period (each date in the period once).
        String sql = """
                select to_char(x.day, 'YYYY-MM') as month, x.figure, count(*) as n from (
                    select i.registered_on as day, l.figure from %1$s
                    cross join lateral (
                        select 'INVESTIGATIONS' as figure
                        union all
                        select distinct f.law from investigation_offence o join offence f on f.code = o.offence_code
                        where o.investigation_id = i.id and f.law in ('PTPA', 'PSMA')) l
                    where i.registered_on between :fromDay and :toDay and %3$s
                  union all
                    select v.day, v.figure from %2$s
                    cross join lateral (values (acc.first_arrested_on, 'ARRESTED'),
                                               (acc.first_charge_sheet_on, 'PROSECUTED'),
                                               (acc.first_verdict_on, case when acc.first_verdict_on between :fromDay and :toDay
                                                                           then %4$s end)) v (day, figure)
                    where (acc.first_arrested_on between :fromDay and :toDay
                           or acc.first_charge_sheet_on between :fromDay and :toDay
                           or acc.first_verdict_on between :fromDay and :toDay)
                      and v.day between :fromDay and :toDay and %3$s
                ) x
                where x.figure in ('INVESTIGATIONS', 'PTPA', 'PSMA', 'ARRESTED', 'PROSECUTED', 'CONVICTED', 'ACQUITTED')
                group by 1, 2""".formatted(INVESTIGATIONS, ACCUSED, area, FIRST_VERDICT);
        Map<String, Map<Figure, Long>> byMonth = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byMonth.computeIfAbsent(rs.getString("month"), month -> new HashMap<>())
                    .put(Figure.valueOf(rs.getString("figure")), rs.getLong("n"));
        });
        return new Counts(byMonth);
    }

    Medians medians(StatisticsScope scope) {
        Map<String, Object> params = period(scope);
        String area = scope.area("i.registering_agency_id", "d.province_code", "i.district_code", params);
        return jdbc.sql("""
                        select percentile_cont(0.5) within group (order by acc.first_charge_sheet_on - i.registered_on)
                                   filter (where acc.first_charge_sheet_on between :fromDay and :toDay) as to_charge_sheet,
                               count(*) filter (where acc.first_charge_sheet_on between :fromDay and :toDay) as charge_sheeted,
                               percentile_cont(0.5) within group (order by acc.first_verdict_on - acc.first_charge_sheet_on)
                                   filter (where acc.first_verdict_on between :fromDay and :toDay) as to_verdict,
                               count(*) filter (where acc.first_verdict_on between :fromDay and :toDay) as decided
                        from %s
                        where (acc.first_charge_sheet_on between :fromDay and :toDay
                               or acc.first_verdict_on between :fromDay and :toDay) and %s""".formatted(ACCUSED, area))
                .params(params)
                .query((rs, row) -> new Medians(days(rs.getObject("to_charge_sheet")), rs.getLong("charge_sheeted"),
                        days(rs.getObject("to_verdict")), rs.getLong("decided")))
                .single();
    }

    private static Long days(Object median) {
        return median == null ? null : Math.round(((Number) median).doubleValue());
    }

    private static Map<String, Object> period(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("fromDay", Date.valueOf(scope.from().atDay(1)));
        params.put("toDay", Date.valueOf(scope.to().atEndOfMonth()));
        return params;
    }
}
