package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.KHUSHAB;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;

/** A committee member's statistics cover the jurisdictions of their current committee terms, nothing wider. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeStatisticsReachTest {

    private final Reaches reaches;

    private final AnnualReportService reports;

    private final DashboardService dashboards;

    private final ReportingFixtures fixtures;

    @Test
    void committeeLahoreSeesTheLahoreDistrictNotTheWholeOfPunjab() {
        RabtaUser member = fixtures.demoUser("committee.lahore");
        assertThat(reaches.of(member)).isEqualTo(Reach.jurisdiction(Set.of(), Set.of(LAHORE)));

        RabtaUser owner = fixtures.newCaseworker(AgencyType.POLICE);
        int year = 1973;
        for (int i = 0; i < 5; i++) {
            fixtures.register(owner, LocalDate.of(year, 2, 2), LAHORE, FEMALE, 30);
            fixtures.register(owner, LocalDate.of(year, 2, 2), KASUR, FEMALE, 30);
        }
        AnnualReport report = reports.annualReport(member, year, null, null, Locale.ENGLISH);
        assertThat(report.victims().total().value()).isEqualTo(5);
        assertThat(report.scope()).isEqualTo("Lahore, Punjab");
        assertThat(report.byProvince()).containsOnlyKeys("PK6");
        assertThat(reports.annualReport(member, year, null, null, Locale.forLanguageTag("ur")).scope())
                .isEqualTo("لاہور، پنجاب");
        Dashboard dashboard = dashboards.dashboard(member, new DashboardFilter(year + "-01", year + "-12", null, null, null), Locale.ENGLISH);
        assertThat(dashboard.victims().total().value()).isEqualTo(5);
        assertThat(dashboard.scope()).isEqualTo("Lahore, Punjab");
    }

    @Test
    void theJurisdictionIsTheUnionOfTheCurrentTermsAndEndsWithThem() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        RabtaUser provincial = fixtures.committeeMember("PK6", null);
        assertThat(reaches.of(provincial)).isEqualTo(Reach.jurisdiction(Set.of("PK6"), Set.of()));
        fixtures.term(provincial, "PK6", KASUR, today.minusDays(1), null);
        assertThat(reaches.of(provincial)).as("Kasur lies in Punjab").isEqualTo(Reach.jurisdiction(Set.of("PK6"), Set.of()));

        RabtaUser twoDistricts = fixtures.committeeMember("PK6", KASUR);
        fixtures.term(twoDistricts, "PK6", KHUSHAB, today.minusDays(1), null);
        assertThat(reaches.of(twoDistricts)).isEqualTo(Reach.jurisdiction(Set.of(), Set.of(KASUR, KHUSHAB)));

        RabtaUser ended = fixtures.committeeMember("PK6", KASUR, today.minusDays(30), today.minusDays(1));
        assertThat(reaches.of(ended)).isEqualTo(Reach.jurisdiction(Set.of(), Set.of()));
        RabtaUser owner = fixtures.newCaseworker(AgencyType.POLICE);
        for (int i = 0; i < 5; i++) {
            fixtures.register(owner, LocalDate.of(1974, 2, 2), KASUR, FEMALE, 30);
        }
        AnnualReport nothing = reports.annualReport(ended, 1974, null, null, Locale.ENGLISH);
        assertThat(nothing.victims().total().value()).isZero();
        assertThat(nothing.scope()).isEqualTo("No committee term today");
        assertThat(nothing.byProvince()).isEmpty();

        RabtaUser noTerm = fixtures.user(fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT), Role.COMMITTEE_MEMBER);
        assertThat(reaches.of(noTerm)).isEqualTo(Reach.jurisdiction(Set.of(), Set.of()));
    }
}
