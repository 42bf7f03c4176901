package org.rabta.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.cases.AgeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the counts of persons, never the million rows of victim_case: from {@code case_statistics} (V60: one row
 * per month and combination of every dimension) when the scope has a district, otherwise from its rollups by
 * identifying agency type and province (V61), with the owning agency leading for an agency's reach (V80); the
 * rollups are small. All are kept current by triggers in the transaction of every change, and give the same numbers
 * for the same scope (StatisticsSourcesTest, AgencyRollupTest).
 */
@Component
@RequiredArgsConstructor
class CaseStatistics {

    static final String NONE = "NONE";
    static final String FORCED_OR_BONDED_LABOUR = "FORCED_OR_BONDED_LABOUR";

    private final JdbcClient jdbc;

    Breakdowns breakdowns(StatisticsScope scope) {
        return scope.casesNeedDetail() ? fromDetail(scope) : fromRollups(scope);
    }

    /** The same figures always from case_statistics, whatever the scope (for comparing the two sources). */
    Breakdowns fromDetail(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.where(params);
        List<StatisticsCell> cells = jdbc.sql("""
                        select to_char(s.month, 'YYYY-MM') as month, s.sex, s.age_band, s.province_code, s.exploitation_types,
                               s.district_code, a.type as agency_type, s.determination, sum(s.persons) as persons
                        from case_statistics s join agency a on a.id = s.identifying_agency_id
                        where %s
                        group by grouping sets ((s.sex, s.age_band, s.province_code), (s.exploitation_types),
                                                (s.district_code), (a.type), (s.month), (s.determination))
                        having sum(s.persons) > 0""".formatted(where))
                .params(params)
                .query((rs, row) -> new StatisticsCell(rs.getString("month"), rs.getString("sex"),
                        rs.getString("age_band") == null ? null : AgeBand.ofStoredCode(rs.getString("age_band")),
                        rs.getArray("exploitation_types") == null ? null : types(rs), rs.getString("province_code"),
                        rs.getString("district_code"), rs.getString("agency_type"), rs.getString("determination"),
                        rs.getLong("persons")))
                .list();
        List<StatisticsCell> sexAge = cells.stream().filter(cell -> cell.sex() != null).toList();
        return new Breakdowns(sexAge,
                ExploitationCounts.ofSets(cells.stream().filter(cell -> cell.exploitationTypes() != null).toList()),
                sum(sexAge, StatisticsCell::provinceCode),
                sum(cells.stream().filter(cell -> cell.districtCode() != null).toList(), StatisticsCell::districtCode),
                sum(cells.stream().filter(cell -> cell.agencyType() != null).toList(), StatisticsCell::agencyType),
                sum(cells.stream().filter(cell -> cell.month() != null).toList(), StatisticsCell::month),
                sum(cells.stream().filter(cell -> cell.determination() != null).toList(), StatisticsCell::determination));
    }

    private Breakdowns fromRollups(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.caseRollupWhere(params);
        List<StatisticsCell> cells = jdbc.sql("""
                        select to_char(r.month, 'YYYY-MM') as month, r.sex, r.age_band, r.province_code, r.agency_type,
                               sum(r.persons) as persons
                        from %s r
                        where %s
                        group by grouping sets ((r.sex, r.age_band, r.province_code), (r.agency_type), (r.month))
                        having sum(r.persons) > 0""".formatted(scope.caseRollup("sex_age"), where))
                .params(params)
                .query((rs, row) -> new StatisticsCell(rs.getString("month"), rs.getString("sex"),
                        rs.getString("age_band") == null ? null : AgeBand.ofStoredCode(rs.getString("age_band")), null,
                        rs.getString("province_code"), null, rs.getString("agency_type"), null, rs.getLong("persons")))
                .list();
        Map<String, Long> byType = personsBy("exploitation_type", scope.caseRollup("exploitation"), where, params);
        Long none = byType.remove(NONE);
        Long forcedLabour = byType.remove(FORCED_OR_BONDED_LABOUR);
        Map<String, Long> byDistrict = personsBy("district_code", scope.caseRollup("district"), where, params);
        Map<String, Long> byDetermination = personsBy("determination", scope.caseRollup("determination"), where, params);
        List<StatisticsCell> sexAge = cells.stream().filter(cell -> cell.sex() != null).toList();
        return new Breakdowns(sexAge,
                new ExploitationCounts(byType, none == null ? 0 : none, forcedLabour == null ? 0 : forcedLabour),
                sum(sexAge, StatisticsCell::provinceCode), byDistrict,
                sum(cells.stream().filter(cell -> cell.agencyType() != null).toList(), StatisticsCell::agencyType),
                sum(cells.stream().filter(cell -> cell.month() != null).toList(), StatisticsCell::month), byDetermination);
    }

    /** The persons of a rollup in the scope by the value of one of its columns, leaving out values with none. */
    private Map<String, Long> personsBy(String column, String rollup, String where, Map<String, Object> params) {
        Map<String, Long> persons = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.%1$s, sum(r.persons) as persons from %2$s r
                        where %3$s group by r.%1$s having sum(r.persons) > 0""".formatted(column, rollup, where))
                .params(params)
                .query(rs -> {
                    persons.put(rs.getString(column), rs.getLong("persons"));
                });
        return persons;
    }

    private static Map<String, Long> sum(List<StatisticsCell> cells, Function<StatisticsCell, String> key) {
        return cells.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.summingLong(StatisticsCell::persons)));
    }

    private static List<String> types(ResultSet rs) throws SQLException {
        Array array = rs.getArray("exploitation_types");
        return Arrays.asList((String[]) array.getArray());
    }
}
