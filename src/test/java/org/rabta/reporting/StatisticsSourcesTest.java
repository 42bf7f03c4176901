package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.ExploitationType.BONDED_LABOUR;
import static org.rabta.cases.ExploitationType.FORCED_LABOUR;
import static org.rabta.cases.ExploitationType.ORGAN_REMOVAL;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.cases.Sex.UNKNOWN;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.CaseDuplicates;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.JurisdictionLevel;
import org.rabta.support.RabtaIntegrationTest;

/** The rollups (country and province views) and case_statistics (agency and district views) always agree. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class StatisticsSourcesTest {

    private final CaseStatistics statistics;

    private final StatisticsScopes scopes;

    private final ReportingFixtures fixtures;

    private final CaseDuplicates cases;

    private final AgencyService agencies;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final ReferredVictims referredVictims;

    private final ReferralStatistics referralStatistics;

    private StatisticsScope country(int year, String province, AgencyType type) {
        return scopes.scope(Reach.country(), YearMonth.of(year, 1), YearMonth.of(year, 12), province, null, type);
    }

    private void assertSourcesAgree(StatisticsScope scope) {
        Breakdowns rollups = statistics.breakdowns(scope);
        Breakdowns detail = statistics.fromDetail(scope);
        SmallCells exact = SmallCells.readerOf(Reach.agency(0, "exact counts"));
        assertThat(VictimFigures.count(rollups.sexAge(), exact)).isEqualTo(VictimFigures.count(detail.sexAge(), exact));
        assertThat(rollups.exploitation()).isEqualTo(detail.exploitation());
        assertThat(rollups.byProvince()).containsExactlyInAnyOrderEntriesOf(detail.byProvince());
        assertThat(rollups.byDistrict()).containsExactlyInAnyOrderEntriesOf(detail.byDistrict());
        assertThat(rollups.byAgencyType()).containsExactlyInAnyOrderEntriesOf(detail.byAgencyType());
        assertThat(rollups.byMonth()).containsExactlyInAnyOrderEntriesOf(detail.byMonth());
        assertThat(rollups.byDetermination()).containsExactlyInAnyOrderEntriesOf(detail.byDetermination());
    }

    @Test
    void registrationsEditsDuplicatesAndAgencyChangesKeepBothSourcesEqual() {
        int year = 1964;
        Agency agency = fixtures.agency(AgencyType.NGO);
        RabtaUser user = fixtures.user(agency, Role.SUPERVISOR);
        long ngoBefore = statistics.breakdowns(country(year, null, AgencyType.NGO)).byAgencyType().getOrDefault("NGO", 0L);
        VictimCase first = fixtures.register(user, LocalDate.of(year, 2, 1), LAHORE, FEMALE, 16, FORCED_LABOUR, BONDED_LABOUR);
        VictimCase second = fixtures.register(user, LocalDate.of(year, 2, 9), LAHORE, FEMALE, 16, FORCED_LABOUR);
        fixtures.register(user, LocalDate.of(year, 5, 1), "PK701", MALE, 44, ORGAN_REMOVAL);
        fixtures.register(user, LocalDate.of(year, 12, 31), "PK614", UNKNOWN, null);
        assertSourcesAgree(country(year, null, null));

        // What screening records for a confirmed screening (statistics read it, they never write it).
        jdbc.sql("update victim_case set confirmed_determination = 'TRAFFICKING' where id = :id").param("id", first.getId()).update();
        assertSourcesAgree(country(year, null, null));
        assertThat(statistics.breakdowns(country(year, null, null)).byDetermination()).containsKey("TRAFFICKING");

        cases.linkDuplicate(user, second.getCaseNumber(), first.getCaseNumber());
        assertSourcesAgree(country(year, null, null));
        assertSourcesAgree(country(year, "PK6", AgencyType.NGO));
        assertThat(statistics.breakdowns(country(year, null, AgencyType.NGO)).byAgencyType().get("NGO")).isEqualTo(ngoBefore + 3);

        SystemIdentity.run(() -> agencies.update(agency.getId(), new AgencyForm(agency.getCode(), agency.getName(), null,
                AgencyType.INTERNATIONAL_ORGANISATION, JurisdictionLevel.NATIONAL, null, Set.of(), Set.of(), null, null, null,
                null, agency.getVersion())));
        assertSourcesAgree(country(year, null, null));
        assertThat(statistics.breakdowns(country(year, null, AgencyType.NGO)).byAgencyType().getOrDefault("NGO", 0L))
                .isEqualTo(ngoBefore);
        assertThat(statistics.breakdowns(country(year, null, null)).exploitation().forcedLabour()).isGreaterThanOrEqualTo(1);
    }

    private void assertReferralSourcesAgree(StatisticsScope scope, int year) {
        assertThat(referredVictims.count(scope, year)).isEqualTo(referredVictims.fromDetail(scope, year));
        ReferralStatistics.Figures rollups = referralStatistics.figures(scope);
        ReferralStatistics.Figures detail = referralStatistics.fromDetail(scope);
        assertThat(rollups.total()).isEqualTo(detail.total());
        assertThat(rollups.byServiceType()).containsExactlyInAnyOrderEntriesOf(detail.byServiceType());
        assertThat(rollups.medianHoursToAccept()).isEqualTo(detail.medianHoursToAccept());
    }

    @Test
    void referralsAcceptancesDuplicatesAndAgencyChangesKeepBothReferralSourcesEqual() {
        int year = 1963;
        Agency agency = fixtures.agency(AgencyType.NGO);
        RabtaUser user = fixtures.user(agency, Role.SUPERVISOR);
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        VictimCase first = fixtures.register(user, LocalDate.of(year, 2, 1), LAHORE, FEMALE, 16);
        VictimCase second = fixtures.register(user, LocalDate.of(year, 2, 9), LAHORE, FEMALE, 16);
        VictimCase sindh = fixtures.register(user, LocalDate.of(year, 5, 1), "PK701", MALE, 44);
        long[] hours = {3, 30, 30, 49, 100};
        int i = 0;
        for (VictimCase victimCase : java.util.List.of(first, second, sindh, first, sindh)) {
            long id = fixtures.refer(user, victimCase, i % 2 == 0 ? ngo : department, org.rabta.directory.ServiceType.SHELTER,
                    java.time.Instant.parse(year + "-06-0" + (i + 1) + "T08:00:00Z"));
            jdbc.sql("update referral set status = 'ACCEPTED', accepted_at = sent_at + make_interval(hours => :hours) "
                    + "where id = :id").param("hours", (int) hours[i]).param("id", id).update();
            i++;
        }
        assertReferralSourcesAgree(country(year, null, null), year);
        assertReferralSourcesAgree(country(year, "PK6", AgencyType.NGO), year);
        assertThat(referralStatistics.figures(country(year, null, null)).medianHoursToAccept()).isNotNull();

        cases.linkDuplicate(user, second.getCaseNumber(), first.getCaseNumber());
        assertReferralSourcesAgree(country(year, null, null), year);
        assertReferralSourcesAgree(country(year, "PK7", null), year);

        SystemIdentity.run(() -> agencies.update(agency.getId(), new AgencyForm(agency.getCode(), agency.getName(), null,
                AgencyType.INTERNATIONAL_ORGANISATION, JurisdictionLevel.NATIONAL, null, Set.of(), Set.of(), null, null, null,
                null, agency.getVersion())));
        assertReferralSourcesAgree(country(year, null, AgencyType.INTERNATIONAL_ORGANISATION), year);
        assertReferralSourcesAgree(country(year, null, AgencyType.NGO), year);
        assertReferralSourcesAgree(country(year, null, null), year);
    }
}
