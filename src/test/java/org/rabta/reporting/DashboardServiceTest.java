package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.cases.ExploitationType.FORCED_BEGGING;
import static org.rabta.cases.ExploitationType.SEXUAL_EXPLOITATION;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.cases.Sex.UNKNOWN;
import static org.rabta.reporting.ReportingFixtures.exactFigures;
import static org.rabta.reporting.ReportingFixtures.values;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyType;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.RabtaIntegrationTest;

/** Every breakdown of the dashboard on crafted cases, its filters, and whose cases each user's numbers count. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class DashboardServiceTest {

    private final DashboardService dashboards;

    private final ReportingFixtures fixtures;

    @Test
    void breaksThePeriodDownByEveryDimension() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.NGO);
        fixtures.register(user, LocalDate.of(2023, 1, 10), LAHORE, FEMALE, 8, SEXUAL_EXPLOITATION);
        fixtures.register(user, LocalDate.of(2023, 1, 31), LAHORE, FEMALE, 25, SEXUAL_EXPLOITATION, FORCED_BEGGING);
        fixtures.register(user, LocalDate.of(2023, 3, 1), KASUR, MALE, 70);
        fixtures.register(user, LocalDate.of(2023, 3, 2), BADIN, UNKNOWN, null, FORCED_BEGGING);
        fixtures.register(user, LocalDate.of(2023, 5, 1), BADIN, MALE, 15);

        Dashboard dashboard = dashboards.dashboard(user, new DashboardFilter("2023-01", "2023-04", null, null, null), Locale.ENGLISH);

        assertThat(dashboard.victims()).isEqualTo(exactFigures(4, 1, 1, 1, 0, 1, 0, 1));
        // columns: FEMALE, MALE, TRANSGENDER, UNKNOWN
        assertThat(values(dashboard, "sex-age", "reporting.ageBand.CHILD_0_11")).containsExactly(1L, 0L, 0L, 0L);
        assertThat(values(dashboard, "sex-age", "reporting.ageBand.ADULT_18_29")).containsExactly(1L, 0L, 0L, 0L);
        assertThat(values(dashboard, "sex-age", "reporting.ageBand.ADULT_60_PLUS")).containsExactly(0L, 1L, 0L, 0L);
        assertThat(values(dashboard, "sex-age", "reporting.ageBand.UNKNOWN")).containsExactly(0L, 0L, 0L, 1L);
        assertThat(values(dashboard, "child-adult", "reporting.age.child")).containsExactly(1L);
        assertThat(values(dashboard, "child-adult", "reporting.age.adult")).containsExactly(2L);
        assertThat(values(dashboard, "child-adult", "reporting.age.unknown")).containsExactly(1L);
        assertThat(values(dashboard, "exploitation", "cases.exploitation.SEXUAL_EXPLOITATION")).containsExactly(2L);
        assertThat(values(dashboard, "exploitation", "cases.exploitation.FORCED_BEGGING")).containsExactly(2L);
        assertThat(values(dashboard, "exploitation", "reporting.exploitation.notRecorded")).containsExactly(1L);
        assertThat(values(dashboard, "province", "Punjab")).containsExactly(3L);
        assertThat(values(dashboard, "province", "Sindh")).containsExactly(1L);
        assertThat(values(dashboard, "district", "Lahore (Punjab)")).containsExactly(2L);
        assertThat(values(dashboard, "district", "Badin (Sindh)")).containsExactly(1L);
        assertThat(dashboard.table("district").orElseThrow().rows()).hasSize(3);
        assertThat(values(dashboard, "agency-type", "reporting.agencyType.NGO")).containsExactly(4L);
        assertThat(values(dashboard, "agency-type", "reporting.agencyType.FIA")).containsExactly(0L);
        assertThat(dashboard.table("month").orElseThrow().rows()).extracting(StatisticsTable.Row::labelText)
                .containsExactly("2023-01", "2023-02", "2023-03", "2023-04");
        assertThat(values(dashboard, "month", "2023-01")).containsExactly(2L);
        assertThat(values(dashboard, "month", "2023-02")).containsExactly(0L);
        assertThat(values(dashboard, "month", "2023-03")).containsExactly(2L);
    }

    @Test
    void filtersNarrowEveryNumber() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.NGO);
        fixtures.register(user, LocalDate.of(2023, 6, 1), LAHORE, FEMALE, 30);
        fixtures.register(user, LocalDate.of(2023, 6, 2), KASUR, FEMALE, 30);
        fixtures.register(user, LocalDate.of(2023, 6, 3), BADIN, FEMALE, 30);

        assertThat(dashboards.dashboard(user, new DashboardFilter("2023-06", "2023-06", "PK6", null, null), Locale.ENGLISH)
                .victims().total().value()).isEqualTo(2);
        assertThat(dashboards.dashboard(user, new DashboardFilter("2023-06", "2023-06", null, KASUR, null), Locale.ENGLISH)
                .victims().total().value()).isEqualTo(1);
        assertThat(dashboards.dashboard(user, new DashboardFilter("2023-06", "2023-06", null, null, "NGO"), Locale.ENGLISH)
                .victims().total().value()).isEqualTo(3);
        assertThat(dashboards.dashboard(user, new DashboardFilter("2023-06", "2023-06", null, null, "POLICE"), Locale.ENGLISH)
                .victims().total().value()).isZero();
        assertThat(dashboards.dashboard(user, new DashboardFilter("2023-07", "2023-12", null, null, null), Locale.ENGLISH)
                .victims().total().value()).isZero();
    }

    @Test
    void badFiltersNameTheirField() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.NGO);
        assertThatThrownBy(() -> dashboards.dashboard(user, new DashboardFilter("2023-13", null, null, null, null), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("from"));
        assertThatThrownBy(() -> dashboards.dashboard(user, new DashboardFilter("2023-05", "2023-01", null, null, null), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("to"));
        assertThatThrownBy(() -> dashboards.dashboard(user, new DashboardFilter(null, null, null, null, "PRESS"), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("agencyType"));
    }

    @Test
    void anAgencysStaffSeeOnlyTheirAgencysNumbersAndAdministratorsNone() {
        RabtaUser owner = fixtures.newCaseworker(AgencyType.NGO);
        RabtaUser other = fixtures.newCaseworker(AgencyType.NGO);
        DashboardFilter period = new DashboardFilter("1966-01", "1966-12", null, null, null);
        RabtaUser analyst = fixtures.demoUser("analyst");
        long countryBefore = dashboards.dashboard(analyst, period, Locale.ENGLISH).victims().total().value();

        // Five, so that the analyst (outside the owning agency) sees the number rather than "<5".
        for (int i = 0; i < 5; i++) {
            fixtures.register(owner, LocalDate.of(1966, 4, 4), LAHORE, MALE, 40);
        }

        assertThat(dashboards.dashboard(owner, period, Locale.ENGLISH).victims().total().value()).isEqualTo(5);
        Dashboard otherAgency = dashboards.dashboard(other, period, Locale.ENGLISH);
        assertThat(otherAgency.victims().total().value()).isZero();
        assertThat(otherAgency.tables()).allMatch(StatisticsTable::isEmpty);
        assertThat(dashboards.dashboard(analyst, period, Locale.ENGLISH).victims().total().value()).isEqualTo(countryBefore + 5);
        assertThatThrownBy(() -> dashboards.dashboard(fixtures.demoUser("admin"), period, Locale.ENGLISH))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
