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
 * or acquitted, by what that first verdict was). The counts come from the monthly rollup {@code justice_statistics},
 * which database triggers keep by these rules in the transaction of every change (V90); the medians from the first
 * dates the investigations service keeps on each accused.
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

    private final JdbcClient jdbc;

    JusticeStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts count(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("fromMonth", Date.valueOf(scope.from().atDay(1)));
        params.put("toMonth", Date.valueOf(scope.to().atDay(1)));
        String area = scope.area("r.registering_agency_id", "d.province_code", "r.district_code", params);
        String sql = """
                select to_char(r.month, 'YYYY-MM') as month, r.figure, sum(r.n) as n
                from justice_statistics r join district d on d.code = r.district_code
                join agency a on a.id = r.registering_agency_id
                where r.month between :fromMonth and :toMonth and %s
                group by 1, 2 having sum(r.n) <> 0""".formatted(area);
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
