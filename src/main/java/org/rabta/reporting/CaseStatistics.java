package org.rabta.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the counts of persons from {@code case_statistics} (V60: kept current by triggers on victim_case, one row
 * per month and combination of dimensions), never from the million rows of victim_case itself.
 */
@Component
class CaseStatistics {

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Persons by sex, age band, set of exploitation types and province: all the annual report needs. */
    List<StatisticsCell> bySexAgeExploitationProvince(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        return jdbc.sql("""
                        select s.sex, s.age_band, s.exploitation_types, s.province_code, sum(s.persons) as persons
                        from case_statistics s %s
                        where %s
                        group by s.sex, s.age_band, s.exploitation_types, s.province_code
                        having sum(s.persons) > 0""".formatted(agencyJoin(scope), where))
                .params(params)
                .query((rs, row) -> new StatisticsCell(null, rs.getString("sex"), AgeBand.ofCode(rs.getString("age_band")),
                        types(rs), rs.getString("province_code"), null, null, rs.getLong("persons")))
                .list();
    }

    /**
     * The dashboard's breakdowns in one scan: by sex and age band, by set of exploitation types, by province, by
     * district, by the identifying agency's type and by month. Each cell carries only its own grouping's values.
     */
    List<StatisticsCell> dashboardBreakdowns(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        return jdbc.sql("""
                        select to_char(s.month, 'YYYY-MM') as month, s.sex, s.age_band, s.exploitation_types,
                               s.province_code, s.district_code, a.type as agency_type, sum(s.persons) as persons
                        from case_statistics s join agency a on a.id = s.identifying_agency_id
                        where %s
                        group by grouping sets ((s.sex, s.age_band), (s.exploitation_types), (s.province_code),
                                                (s.district_code), (a.type), (s.month))
                        having sum(s.persons) > 0""".formatted(where))
                .params(params)
                .query((rs, row) -> new StatisticsCell(rs.getString("month"), rs.getString("sex"),
                        rs.getString("age_band") == null ? null : AgeBand.ofCode(rs.getString("age_band")),
                        rs.getArray("exploitation_types") == null ? null : types(rs), rs.getString("province_code"),
                        rs.getString("district_code"), rs.getString("agency_type"), rs.getLong("persons")))
                .list();
    }

    private static String agencyJoin(StatisticsScope scope) {
        return scope.agencyType() == null ? "" : "join agency a on a.id = s.identifying_agency_id";
    }

    private static List<String> types(ResultSet rs) throws SQLException {
        Array array = rs.getArray("exploitation_types");
        return Arrays.asList((String[]) array.getArray());
    }
}
