package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.investigations.AccusedEventType.ABSCONDED;
import static org.rabta.investigations.AccusedEventType.ACQUITTED;
import static org.rabta.investigations.AccusedEventType.APPEALED;
import static org.rabta.investigations.AccusedEventType.ARRESTED;
import static org.rabta.investigations.AccusedEventType.BAILED;
import static org.rabta.investigations.AccusedEventType.CHARGE_SHEET;
import static org.rabta.investigations.AccusedEventType.COMPROMISED;
import static org.rabta.investigations.AccusedEventType.CONVICTED;
import static org.rabta.investigations.AccusedEventType.DIED;
import static org.rabta.investigations.AccusedEventType.DISCHARGED;
import static org.rabta.investigations.AccusedEventType.HEARING;
import static org.rabta.investigations.InvestigationFixtures.event;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.Districts.SIALKOT;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.investigations.InvestigationFixtures;
import org.rabta.investigations.InvestigationRequest;
import org.rabta.investigations.InvestigationService;
import org.rabta.investigations.Offence;
import org.rabta.investigations.synthetic.SyntheticInvestigationLoader;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The justice figures are read from the monthly rollup the triggers of V90 keep (justice_statistics), the dashboard's
 * medians from the day counts the triggers of V91 keep (justice_durations). After registrations, accused added, every
 * kind of event, an FIR moved to another district and date with its offences changed, a bulk load by COPY, rows
 * written, changed and deleted by hand, the whole rollup equals a count from the investigations, their offences and
 * the accused's events themselves, the whole of justice_durations equals the days counted from the accused, and what
 * {@link JusticeStatistics} reads for an agency, a jurisdiction and the country, with each filter, equals the same
 * count, and the same medians as {@code percentile_cont} takes over the accused themselves.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class JusticeRollupTest {

    private static final int YEAR = 2011;

    private final JusticeStatistics statistics;

    private final StatisticsScopes scopes;

    private final ReportingFixtures fixtures;

    private final InvestigationService investigations;

    private final InvestigationFixtures justice;

    private final SyntheticInvestigationLoader loader;

    private final JdbcClient jdbc;

    /** One counted event as the base tables hold it, with everything a scope filters on. */
    record Counted(long agencyId, String agencyType, String provinceCode, String districtCode, String month, String figure) {
    }

    @Test
    void theRollupCountsWhatTheInvestigationsHoldThroughEveryKindOfChange() {
        Agency fia = fixtures.agency(AgencyType.FIA);
        Agency police = fixtures.agency(AgencyType.POLICE);
        RabtaUser fiaWorker = fixtures.user(fia, Role.CASEWORKER);
        RabtaUser policeWorker = fixtures.user(police, Role.CASEWORKER, Role.SUPERVISOR);

        // Under both Acts, twice under one of them, and the Penal Code; and one under the Penal Code alone.
        long both = justice.register(fiaWorker, LocalDate.of(YEAR, 2, 1), LAHORE,
                List.of(Offence.PTPA_2018_S3, Offence.PTPA_2018_S4, Offence.PSMA_2018_S3, Offence.PPC_370), 3);
        long penalCode = justice.register(policeWorker, LocalDate.of(YEAR, 12, 20), BADIN, List.of(Offence.PPC_370), 1);
        justice.register(policeWorker, LocalDate.of(YEAR, 5, 5), SIALKOT, List.of(Offence.PSMA_2018_S5), 0);
        assertEveryFigureMatchesTheBaseTables(fia, police);

        long added = investigations.addAccused(policeWorker, penalCode, InvestigationFixtures.recruiter());
        List<Long> accused = justice.accusedOf(fiaWorker, both);
        // Every step: arrested twice, bailed, charge-sheeted, a hearing, acquitted, appealed, convicted a year later.
        justice.record(fiaWorker, accused.get(0), event(ARRESTED, LocalDate.of(YEAR, 2, 5)),
                event(BAILED, LocalDate.of(YEAR, 2, 20)), event(ARRESTED, LocalDate.of(YEAR, 3, 1)),
                event(CHARGE_SHEET, LocalDate.of(YEAR, 4, 1)), event(HEARING, LocalDate.of(YEAR, 5, 1)),
                event(ACQUITTED, LocalDate.of(YEAR, 9, 1)), event(APPEALED, LocalDate.of(YEAR, 10, 1)),
                event(CONVICTED, LocalDate.of(YEAR + 1, 3, 1)));
        // Charge-sheeted without an arrest, then discharged; absconding; convicted; compromised; died.
        justice.record(fiaWorker, accused.get(1), event(CHARGE_SHEET, LocalDate.of(YEAR, 3, 10)),
                event(DISCHARGED, LocalDate.of(YEAR, 6, 10)));
        justice.record(fiaWorker, accused.get(2), event(ABSCONDED, LocalDate.of(YEAR, 3, 1)),
                event(ARRESTED, LocalDate.of(YEAR, 7, 1)), event(CHARGE_SHEET, LocalDate.of(YEAR, 8, 1)),
                event(CONVICTED, LocalDate.of(YEAR, 11, 30)));
        long firstPolice = justice.accusedOf(policeWorker, penalCode).getFirst();
        justice.record(policeWorker, firstPolice, event(ARRESTED, LocalDate.of(YEAR + 1, 1, 5)),
                event(CHARGE_SHEET, LocalDate.of(YEAR + 1, 2, 6)), event(COMPROMISED, LocalDate.of(YEAR + 1, 4, 5)));
        justice.record(policeWorker, added, event(ARRESTED, LocalDate.of(YEAR, 12, 21)),
                event(DIED, LocalDate.of(YEAR, 12, 30)));
        // A fourth accused, charge-sheeted: the FIA circle's days to charge sheet are 37, 59, 90 and 181, an even number
        // whose two middle values (59 and 90) have a mean of 74.5, shown as 75; to a verdict 92, 121 and 153.
        long fourth = investigations.addAccused(fiaWorker, both, InvestigationFixtures.recruiter());
        justice.record(fiaWorker, fourth, event(CHARGE_SHEET, LocalDate.of(YEAR, 5, 2)));
        assertEveryFigureMatchesTheBaseTables(fia, police);
        assertThat(statistics.medians(scopes.scope(Reach.agency(fia.getId(), fia.getCode()), YearMonth.of(YEAR, 1),
                YearMonth.of(YEAR, 12), null, null, null))).isEqualTo(new JusticeStatistics.Medians(75L, 4, 121L, 3));

        // The FIR moves to another district and month, one Act is dropped and another offence of the other added: the
        // investigation, its Acts and all its accused move with it.
        long version = jdbc.sql("select version from investigation where id = :id").param("id", both).query(Long.class).single();
        String fir = jdbc.sql("select fir_number from investigation where id = :id").param("id", both).query(String.class).single();
        investigations.update(fiaWorker, both, new InvestigationRequest(fir, LocalDate.of(YEAR, 1, 15), SIALKOT,
                List.of(Offence.PSMA_2018_S3, Offence.PSMA_2018_S4, Offence.PPC_370), "Inspector Nadia Butt", List.of(),
                List.of(), version));
        assertEveryFigureMatchesTheBaseTables(fia, police);

        // The synthetic loader's COPY, one statement per table and batch.
        loader.load(40, 11, loaded -> { });
        assertEveryFigureMatchesTheBaseTables(fia, police);

        // By hand: an accused person's first arrest moved and first verdict changed, with their events; another's first
        // charge sheet and another's first verdict moved, with their events; an accused person moved to another
        // investigation; an accused person written with a charge sheet and a verdict; an offence taken away; then
        // accused, an investigation and all their rows deleted.
        jdbc.sql("update accused_event set occurred_on = occurred_on + 40 where accused_id = :id and type = 'ARRESTED'")
                .param("id", accused.get(2)).update();
        jdbc.sql("update accused_event set type = 'ACQUITTED' where accused_id = :id and type = 'CONVICTED'")
                .param("id", accused.get(2)).update();
        jdbc.sql("""
                        update accused set first_arrested_on = first_arrested_on + 40, first_verdict = 'ACQUITTED',
                                           latest_verdict = 'ACQUITTED' where id = :id""")
                .param("id", accused.get(2)).update();
        moveFirst(accused.get(1), "CHARGE_SHEET", "first_charge_sheet_on", 5);
        moveFirst(accused.get(0), "ACQUITTED", "first_verdict_on", 3);
        jdbc.sql("update accused set investigation_id = :to, position = 99 where id = :id")
                .param("to", penalCode).param("id", fourth).update();
        writtenByHand(both, LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 10, 1));
        jdbc.sql("delete from investigation_offence where investigation_id = :id and offence_code = 'PSMA_2018_S4'")
                .param("id", both).update();
        assertEveryFigureMatchesTheBaseTables(fia, police);
        deleteAccused(List.of(accused.get(1)));
        deleteAccused(justice.accusedOf(policeWorker, penalCode));
        jdbc.sql("delete from investigation_offence where investigation_id = :id").param("id", penalCode).update();
        jdbc.sql("delete from investigation where id = :id").param("id", penalCode).update();
        assertEveryFigureMatchesTheBaseTables(fia, police);
    }

    /** The whole rollup, and each scope read, against the count from the base tables. */
    private void assertEveryFigureMatchesTheBaseTables(Agency... agencies) {
        List<Counted> counted = countedFromBaseTables();
        Map<String, Long> whole = counted.stream().collect(Collectors.groupingBy(
                c -> c.agencyId() + "/" + c.month() + "/" + c.districtCode() + "/" + c.figure(), Collectors.counting()));
        Map<String, Long> rollup = new HashMap<>();
        jdbc.sql("select registering_agency_id, to_char(month, 'YYYY-MM') as m, district_code, figure, n "
                        + "from justice_statistics where n <> 0")
                .query(rs -> {
                    rollup.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4),
                            rs.getLong(5));
                });
        assertThat(rollup).containsExactlyInAnyOrderEntriesOf(whole);
        assertThat(durations("""
                select registering_agency_id, to_char(month, 'YYYY-MM'), district_code, measure, days, n
                from justice_durations where n <> 0""")).containsExactlyInAnyOrderEntriesOf(durations("""
                select i.registering_agency_id, to_char(f.day, 'YYYY-MM'), i.district_code, f.measure, f.days, count(*)
                from accused acc join investigation i on i.id = acc.investigation_id
                cross join lateral (values
                    (acc.first_charge_sheet_on, 'FIR_TO_CHARGE_SHEET', acc.first_charge_sheet_on - i.registered_on),
                    (acc.first_verdict_on, 'CHARGE_SHEET_TO_VERDICT', acc.first_verdict_on - acc.first_charge_sheet_on)
                ) f (day, measure, days)
                where f.days is not null
                group by 1, 2, 3, 4, 5"""));

        List<Reach> reaches = new ArrayList<>();
        for (Agency agency : agencies) {
            reaches.add(Reach.agency(agency.getId(), agency.getCode()));
        }
        reaches.add(Reach.country());
        reaches.add(Reach.jurisdiction(Set.of("PK6"), Set.of()));
        reaches.add(Reach.jurisdiction(Set.of(), Set.of(BADIN)));
        for (Reach reach : reaches) {
            for (String province : new String[] {null, "PK6"}) {
                for (String district : new String[] {null, SIALKOT}) {
                    for (AgencyType type : new AgencyType[] {null, AgencyType.FIA}) {
                        StatisticsScope scope = scopes.scope(reach, YearMonth.of(YEAR, 1), YearMonth.of(YEAR + 1, 12),
                                province, district, type);
                        Predicate<Counted> inScope = c -> c.month().compareTo(YEAR + "-01") >= 0
                                && c.month().compareTo((YEAR + 1) + "-12") <= 0 && reaches(reach, c)
                                && (province == null || province.equals(c.provinceCode()))
                                && (district == null || district.equals(c.districtCode()))
                                && (type == null || type.name().equals(c.agencyType()));
                        Map<String, Long> expected = counted.stream().filter(inScope).collect(Collectors.groupingBy(
                                c -> c.month() + "/" + c.figure(), Collectors.counting()));
                        Map<String, Long> read = new HashMap<>();
                        statistics.count(scope).byMonth().forEach((month, figures) ->
                                figures.forEach((figure, n) -> read.put(month + "/" + figure, n)));
                        assertThat(read).as(scope.toString()).containsExactlyInAnyOrderEntriesOf(expected);
                        assertThat(statistics.medians(scope)).as(scope.toString()).isEqualTo(mediansOfTheAccused(scope));
                        StatisticsScope months = scopes.scope(reach, YearMonth.of(YEAR, 4), YearMonth.of(YEAR, 9),
                                province, district, type);
                        assertThat(statistics.medians(months)).as(months.toString()).isEqualTo(mediansOfTheAccused(months));
                    }
                }
            }
        }
    }

    /** Day counts by agency, month, district, measure and days, from a query selecting them in that order. */
    private Map<String, Long> durations(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                    + rs.getInt(5), rs.getLong(6));
        });
        return counts;
    }

    /** The medians as they are taken over the accused of the scope themselves, with {@code percentile_cont}. */
    private JusticeStatistics.Medians mediansOfTheAccused(StatisticsScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("fromDay", Date.valueOf(scope.from().atDay(1)));
        params.put("toDay", Date.valueOf(scope.to().atEndOfMonth()));
        String area = scope.area("i.registering_agency_id", "d.province_code", "i.district_code", params);
        return jdbc.sql("""
                        select percentile_cont(0.5) within group (order by acc.first_charge_sheet_on - i.registered_on)
                                   filter (where acc.first_charge_sheet_on between :fromDay and :toDay) as to_charge_sheet,
                               count(*) filter (where acc.first_charge_sheet_on between :fromDay and :toDay) as charge_sheeted,
                               percentile_cont(0.5) within group (order by acc.first_verdict_on - acc.first_charge_sheet_on)
                                   filter (where acc.first_verdict_on between :fromDay and :toDay) as to_verdict,
                               count(*) filter (where acc.first_verdict_on between :fromDay and :toDay) as decided
                        from accused acc join investigation i on i.id = acc.investigation_id
                        join district d on d.code = i.district_code join agency a on a.id = i.registering_agency_id
                        where (acc.first_charge_sheet_on between :fromDay and :toDay
                               or acc.first_verdict_on between :fromDay and :toDay) and %s""".formatted(area))
                .params(params)
                .query((rs, row) -> new JusticeStatistics.Medians(roundedDays(rs.getObject("to_charge_sheet")),
                        rs.getLong("charge_sheeted"), roundedDays(rs.getObject("to_verdict")), rs.getLong("decided")))
                .single();
    }

    private static Long roundedDays(Object median) {
        return median == null ? null : Math.round(((Number) median).doubleValue());
    }

    private static boolean reaches(Reach reach, Counted counted) {
        return switch (reach.kind()) {
            case COUNTRY -> true;
            case AGENCY -> reach.agencyId() == counted.agencyId();
            case JURISDICTION -> reach.provinceCodes().contains(counted.provinceCode())
                    || reach.districtCodes().contains(counted.districtCode());
        };
    }

    /**
     * Every counted event from the base tables, by the report's rules, the accused's firsts taken from their events
     * (not from the dates kept on them): the investigation in its month, once under each Act among its offences; each
     * accused person's first arrest, first charge sheet, and first verdict by its kind.
     */
    private List<Counted> countedFromBaseTables() {
        return jdbc.sql("""
                        with counted as (
                            select i.id as investigation_id, i.registered_on as day, 'INVESTIGATIONS' as figure
                            from investigation i
                            union all
                            select distinct i.id, i.registered_on, f.law
                            from investigation i join investigation_offence o on o.investigation_id = i.id
                            join offence f on f.code = o.offence_code
                            where f.law in ('PTPA', 'PSMA')
                            union all
                            select acc.investigation_id, v.day, v.figure
                            from accused acc cross join lateral (values
                                ((select min(e.occurred_on) from accused_event e where e.accused_id = acc.id and e.type = 'ARRESTED'),
                                 'ARRESTED'),
                                ((select min(e.occurred_on) from accused_event e where e.accused_id = acc.id and e.type = 'CHARGE_SHEET'),
                                 'PROSECUTED')) v (day, figure)
                            where v.day is not null
                            union all
                            select acc.investigation_id, e.occurred_on, e.type
                            from accused acc cross join lateral (
                                select e.occurred_on, e.type from accused_event e where e.accused_id = acc.id
                                and e.type in ('CONVICTED', 'ACQUITTED', 'DISCHARGED', 'COMPROMISED')
                                order by e.occurred_on, e.id limit 1) e
                            where e.type in ('CONVICTED', 'ACQUITTED')
                        )
                        select i.registering_agency_id, a.type, d.province_code, i.district_code,
                               to_char(c.day, 'YYYY-MM') as month, c.figure
                        from counted c join investigation i on i.id = c.investigation_id
                        join agency a on a.id = i.registering_agency_id join district d on d.code = i.district_code""")
                .query((rs, row) -> new Counted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Moves an accused person's first event of a kind, and the first date kept from it, by {@code days}. */
    private void moveFirst(long accusedId, String type, String column, int days) {
        jdbc.sql("update accused_event set occurred_on = occurred_on + :days where accused_id = :id and type = :type")
                .param("days", days).param("id", accusedId).param("type", type).update();
        jdbc.sql("update accused set %1$s = %1$s + :days where id = :id".formatted(column))
                .param("days", days).param("id", accusedId).update();
    }

    /** An accused person charge-sheeted and convicted, written by plain SQL with their events. */
    private void writtenByHand(long investigation, LocalDate chargeSheetOn, LocalDate convictedOn) {
        long id = jdbc.sql("""
                        insert into accused (investigation_id, registering_agency_id, position, name, sex, role,
                                             first_charge_sheet_on, first_verdict_on, first_verdict, latest_verdict,
                                             created_by, created_at)
                        select i.id, i.registering_agency_id, 98, 'Written by hand', 'MALE', 'OTHER', :chargeSheetOn,
                               :convictedOn, 'CONVICTED', 'CONVICTED', 'sql', now()
                        from investigation i where i.id = :investigation returning id""")
                .param("investigation", investigation).param("chargeSheetOn", chargeSheetOn)
                .param("convictedOn", convictedOn).query(Long.class).single();
        jdbc.sql("""
                        insert into accused_event (accused_id, type, occurred_on, recorded_by, recorded_at)
                        values (:id, 'CHARGE_SHEET', :chargeSheetOn, 'sql', now()), (:id, 'CONVICTED', :convictedOn, 'sql', now())""")
                .param("id", id).param("chargeSheetOn", chargeSheetOn).param("convictedOn", convictedOn).update();
    }

    private void deleteAccused(List<Long> ids) {
        jdbc.sql("delete from accused_event_offence where event_id in (select id from accused_event where accused_id in (:ids))")
                .param("ids", ids).update();
        jdbc.sql("delete from accused_event where accused_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from accused where id in (:ids)").param("ids", ids).update();
    }
}
