package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.ExploitationType.BONDED_LABOUR;
import static org.rabta.cases.ExploitationType.FORCED_BEGGING;
import static org.rabta.cases.ExploitationType.FORCED_LABOUR;
import static org.rabta.cases.ExploitationType.SEXUAL_EXPLOITATION;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.cases.Sex.TRANSGENDER;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.KARAK;
import static org.rabta.support.Districts.LAHORE;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseDuplicates;
import org.rabta.cases.CaseLifecycle;
import org.rabta.cases.CaseStatus;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agency dashboard reads the rollups by owning agency (V80): after registrations, bulk inserts, a case moved to
 * another agency, a status change, a confirmed determination, a linked duplicate and deletions, every figure it
 * reads for each agency equals the count of that agency's cases in victim_case itself, with and without filters,
 * and each agency's users still see their own agency's cases only, exactly, while a reader outside still sees
 * small cells suppressed.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AgencyRollupTest {

    private static final int YEAR = 1957;

    private final CaseStatistics statistics;

    private final StatisticsScopes scopes;

    private final DashboardService dashboards;

    private final ReportingFixtures fixtures;

    private final CaseLifecycle cases;

    private final CaseDuplicates duplicates;

    private final JdbcClient jdbc;

    @Test
    void theRollupByOwningAgencyCountsWhatVictimCaseHoldsThroughEveryKindOfChange() {
        Agency ngo = fixtures.agency(AgencyType.NGO);
        Agency police = fixtures.agency(AgencyType.POLICE);
        RabtaUser ngoWorker = fixtures.user(ngo, Role.CASEWORKER);
        RabtaUser ngoSupervisor = fixtures.user(ngo, Role.SUPERVISOR);
        RabtaUser policeSupervisor = fixtures.user(police, Role.CASEWORKER, Role.SUPERVISOR);
        VictimCase girl = fixtures.register(ngoWorker, LocalDate.of(YEAR, 2, 1), LAHORE, FEMALE, 15, FORCED_LABOUR, BONDED_LABOUR);
        VictimCase duplicate = fixtures.register(ngoWorker, LocalDate.of(YEAR, 2, 9), LAHORE, FEMALE, 15, FORCED_LABOUR);
        VictimCase man = fixtures.register(ngoWorker, LocalDate.of(YEAR, 6, 3), BADIN, MALE, 33, FORCED_BEGGING);
        fixtures.register(ngoWorker, LocalDate.of(YEAR, 11, 30), KARAK, TRANSGENDER, null);
        VictimCase policeCase = fixtures.register(policeSupervisor, LocalDate.of(YEAR, 4, 4), LAHORE, MALE, 12,
                SEXUAL_EXPLOITATION);
        // One statement of many rows, as an import or the synthetic loader writes them: identified by the police,
        // owned by the NGO, over every month and three districts.
        jdbc.sql("""
                        insert into victim_case (case_number, owning_agency_id, identifying_agency_id, identified_on,
                            district_code, province_code, how_identified, sex, age_years, exploitation_types, first_name,
                            last_name, created_at, created_by, updated_at, updated_by)
                        select 'ZR-' || (1000 + :owner % 9000) || '-' || lpad(g::text, 6, '0'), :owner, :identifier,
                               make_date(:year, 1 + g % 12, 1 + g % 28),
                               (array['PK617', 'PK701', 'PK512'])[1 + g % 3], (array['PK6', 'PK7', 'PK5'])[1 + g % 3],
                               'RESCUE', (array['FEMALE', 'MALE', 'UNKNOWN'])[1 + g % 3], nullif(g % 70, 0),
                               (array['{}', '{FORCED_BEGGING}', '{FORCED_LABOUR,DOMESTIC_SERVITUDE}'])[1 + g % 3]::varchar[],
                               'Bulk', 'Rollup ' || g, now(), 'test', now(), 'test'
                        from generate_series(1, 40) g""")
                .param("owner", ngo.getId()).param("identifier", police.getId()).param("year", YEAR).update();
        assertEveryFigureMatchesVictimCase(ngo, police);

        // A case moved to another agency leaves the first one's figures and joins the other's.
        jdbc.sql("update victim_case set owning_agency_id = :police where id = :id")
                .param("police", police.getId()).param("id", man.getId()).update();
        assertEveryFigureMatchesVictimCase(ngo, police);

        cases.close(ngoSupervisor, girl.getCaseNumber(), CaseStatus.CLOSED, "Returned to her family");
        jdbc.sql("update victim_case set confirmed_determination = 'TRAFFICKING' where id in (:ids)")
                .param("ids", List.of(girl.getId(), policeCase.getId())).update();
        duplicates.linkDuplicate(ngoSupervisor, duplicate.getCaseNumber(), girl.getCaseNumber());
        assertEveryFigureMatchesVictimCase(ngo, police);

        jdbc.sql("delete from victim_case where owning_agency_id = :owner and case_number like 'ZR-%' and sex = 'MALE'")
                .param("owner", ngo.getId()).update();
        assertEveryFigureMatchesVictimCase(ngo, police);

        // Each agency's dashboard counts its own cases, exactly even where fewer than five.
        DashboardFilter year = new DashboardFilter(YEAR + "-01", YEAR + "-12", null, null, null);
        Dashboard ngoDashboard = dashboards.dashboard(ngoWorker, year, Locale.ENGLISH);
        assertThat(ngoDashboard.victims().total().value()).isEqualTo(persons(ngo));
        assertThat(dashboards.dashboard(policeSupervisor, year, Locale.ENGLISH).victims().total().value())
                .isEqualTo(persons(police)).isLessThan(SmallCells.THRESHOLD);
        assertThat(ngoDashboard.table("agency-type").orElseThrow().rows()).allSatisfy(row ->
                assertThat(row.values()).noneMatch(Count::isSuppressed));
        // Read from outside the owning agency (the country), the same small counts are suppressed, as before.
        Dashboard country = dashboards.dashboard(fixtures.demoUser("analyst"),
                new DashboardFilter(YEAR + "-01", YEAR + "-12", "PK5", null, null), Locale.ENGLISH);
        long transgender = jdbc.sql("select count(*) from victim_case where duplicate_of_id is null and sex = 'TRANSGENDER' "
                + "and province_code = 'PK5' and extract(year from identified_on) = :year").param("year", YEAR).query(Long.class).single();
        assertThat(transgender).isBetween(1L, SmallCells.THRESHOLD - 1L);
        assertThat(country.victims().transgender().isSuppressed()).isTrue();
    }

    /** Every breakdown of the year, unfiltered and filtered, for both agencies, as counted from victim_case. */
    private void assertEveryFigureMatchesVictimCase(Agency... agencies) {
        for (Agency agency : agencies) {
            for (String province : new String[] {null, "PK6"}) {
                for (AgencyType type : new AgencyType[] {null, AgencyType.POLICE}) {
                    StatisticsScope scope = scopes.scope(Reach.agency(agency.getId(), agency.getCode()), YearMonth.of(YEAR, 1),
                            YearMonth.of(YEAR, 12), province, null, type);
                    assertThat(scope.casesNeedDetail()).isFalse();
                    assertMatchesVictimCase(statistics.breakdowns(scope), agency, province, type);
                }
            }
        }
    }

    private void assertMatchesVictimCase(Breakdowns read, Agency agency, String province, AgencyType type) {
        String description = agency.getCode() + ", province " + province + ", identified by " + type;
        assertThat(read.sexAge().stream().collect(Collectors.groupingBy(
                        cell -> cell.sex() + "/" + cell.ageBand().storedCode() + "/" + cell.provinceCode(), Collectors.summingLong(StatisticsCell::persons))))
                .as(description).containsExactlyInAnyOrderEntriesOf(
                        counted("c.sex || '/' || reporting_age_band(c.age_years) || '/' || c.province_code", agency, province, type));
        assertThat(read.byDistrict()).as(description).containsExactlyInAnyOrderEntriesOf(counted("c.district_code", agency, province, type));
        assertThat(read.byAgencyType()).as(description).containsExactlyInAnyOrderEntriesOf(counted("a.type", agency, province, type));
        assertThat(read.byMonth()).as(description)
                .containsExactlyInAnyOrderEntriesOf(counted("to_char(c.identified_on, 'YYYY-MM')", agency, province, type));
        assertThat(read.byDetermination()).as(description).containsExactlyInAnyOrderEntriesOf(
                counted("coalesce(c.confirmed_determination, 'NOT_SCREENED')", agency, province, type));
        assertThat(read.byProvince()).as(description).containsExactlyInAnyOrderEntriesOf(counted("c.province_code", agency, province, type));
        Map<String, Long> byType = counted("t.type", "cross join unnest(c.exploitation_types) t(type)", agency, province, type);
        Map<String, Long> none = counted("'none'", "", agency, province, type, "cardinality(c.exploitation_types) = 0");
        Map<String, Long> forced = counted("'forced'", "", agency, province, type,
                "c.exploitation_types && array['FORCED_LABOUR', 'BONDED_LABOUR']::varchar[]");
        assertThat(read.exploitation()).as(description).isEqualTo(new ExploitationCounts(byType,
                none.getOrDefault("none", 0L), forced.getOrDefault("forced", 0L)));
    }

    private Map<String, Long> counted(String key, Agency agency, String province, AgencyType type) {
        return counted(key, "", agency, province, type, "true");
    }

    private Map<String, Long> counted(String key, String join, Agency agency, String province, AgencyType type) {
        return counted(key, join, agency, province, type, "true");
    }

    /** Persons (root cases of duplicate groups) of the agency identified in the year, counted by {@code key}. */
    private Map<String, Long> counted(String key, String join, Agency agency, String province, AgencyType type,
                                      String condition) {
        Map<String, Object> params = new HashMap<>(Map.of("agency", agency.getId(),
                "from", Date.valueOf(LocalDate.of(YEAR, 1, 1)), "to", Date.valueOf(LocalDate.of(YEAR + 1, 1, 1))));
        params.put("province", province);
        params.put("type", type == null ? null : type.name());
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select %s as k, count(*) as persons
                        from victim_case c join agency a on a.id = c.identifying_agency_id %s
                        where c.owning_agency_id = :agency and c.duplicate_of_id is null
                          and c.identified_on >= :from and c.identified_on < :to
                          and (cast(:province as varchar) is null or c.province_code = :province)
                          and (cast(:type as varchar) is null or a.type = :type) and %s
                        group by 1""".formatted(key, join, condition))
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("persons"));
                });
        return counts;
    }

    private long persons(Agency agency) {
        return counted("'all'", agency, null, null).values().stream().mapToLong(Long::longValue).sum();
    }
}
