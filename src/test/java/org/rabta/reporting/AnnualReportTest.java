package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.cases.ExploitationType.BONDED_LABOUR;
import static org.rabta.cases.ExploitationType.DOMESTIC_SERVITUDE;
import static org.rabta.cases.ExploitationType.FORCED_LABOUR;
import static org.rabta.cases.ExploitationType.SEXUAL_EXPLOITATION;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.cases.Sex.TRANSGENDER;
import static org.rabta.cases.Sex.UNKNOWN;
import static org.rabta.reporting.ReportingFixtures.exact;
import static org.rabta.reporting.ReportingFixtures.exactFigures;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;

import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseDuplicates;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseRegistration;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.RabtaIntegrationTest;

/** The annual report's arithmetic on crafted cases of agencies of the test's own. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AnnualReportTest {

    private final AnnualReportService reports;

    private final CaseRegistration cases;

    private final CaseDuplicates duplicates;

    private final ReportingFixtures fixtures;

    private RabtaUser newCaseworker() {
        Agency agency = fixtures.agency(AgencyType.POLICE);
        return fixtures.user(agency, Role.CASEWORKER, Role.SUPERVISOR);
    }

    private VictimCase register(RabtaUser user, LocalDate on, Sex sex, Integer age, org.rabta.cases.ExploitationType... types) {
        return fixtures.register(user, on, LAHORE, sex, age, types);
    }

    @Test
    void everyPersonFallsInOneCategoryAndTheCategoriesAddUpToTheTotal() {
        RabtaUser user = newCaseworker();
        LocalDate day = LocalDate.of(2021, 6, 15);
        register(user, day, FEMALE, 18, FORCED_LABOUR);
        register(user, day, FEMALE, 40, DOMESTIC_SERVITUDE);
        register(user, day, FEMALE, 97);
        register(user, day, MALE, 18, BONDED_LABOUR);
        register(user, day, MALE, 61, FORCED_LABOUR, BONDED_LABOUR);
        register(user, day, FEMALE, 17, SEXUAL_EXPLOITATION);
        register(user, day, FEMALE, 0);
        register(user, day, MALE, 5, FORCED_LABOUR, SEXUAL_EXPLOITATION);
        register(user, day, TRANSGENDER, 16);
        register(user, day, TRANSGENDER, 30);
        register(user, day, TRANSGENDER, null);
        register(user, day, UNKNOWN, 30);
        register(user, day, UNKNOWN, 12);
        register(user, day, UNKNOWN, null);
        register(user, day, FEMALE, null);
        register(user, day, MALE, null);
        // Age from the date of birth: 17 on the identification date (a day before the 18th birthday), so a boy.
        CaseForm born = ReportingFixtures.form(day, LAHORE, MALE, null);
        born.setDateOfBirth(LocalDate.of(2003, 6, 16));
        cases.register(user, born);

        AnnualReport report = reports.annualReport(user, 2021, null, null);

        VictimFigures v = report.victims();
        assertThat(v.women().value()).isEqualTo(3);
        assertThat(v.men().value()).isEqualTo(2);
        assertThat(v.girls().value()).isEqualTo(2);
        assertThat(v.boys().value()).isEqualTo(2);
        assertThat(v.children().value()).isEqualTo(4);
        assertThat(v.transgender().value()).isEqualTo(3);
        assertThat(v.notRecorded().value()).isEqualTo(5);
        assertThat(v.total().value()).isEqualTo(17)
                .isEqualTo(v.women().value() + v.men().value() + v.children().value() + v.transgender().value() + v.notRecorded().value());
        assertThat(report.forcedLabour().value()).isEqualTo(4);
        assertThat(report.byExploitationType()).containsEntry("FORCED_LABOUR", exact(3)).containsEntry("BONDED_LABOUR", exact(2))
                .containsEntry("SEXUAL_EXPLOITATION", exact(2)).containsEntry("DOMESTIC_SERVITUDE", exact(1))
                .containsEntry("ORGAN_REMOVAL", exact(0)).hasSize(9);
        assertThat(report.byProvince()).containsEntry("PK6", exact(17)).containsEntry("PK7", exact(0)).hasSize(7);
        assertThat(report.byDetermination()).containsEntry("NOT_SCREENED", exact(17)).containsEntry("TRAFFICKING", exact(0)).hasSize(9);
        assertThat(report.year()).isEqualTo(2021);
        assertThat(report.scope()).contains(user.agencyCode());
    }

    @Test
    void theYearIsTheIdentificationYear() {
        RabtaUser user = newCaseworker();
        register(user, LocalDate.of(2018, 12, 31), FEMALE, 30);
        register(user, LocalDate.of(2019, 1, 1), FEMALE, 30);
        register(user, LocalDate.of(2019, 12, 31), MALE, 30);
        register(user, LocalDate.of(2020, 1, 1), MALE, 30);

        assertThat(reports.annualReport(user, 2019, null, null).victims())
                .isEqualTo(exactFigures(2, 1, 1, 0, 0, 0, 0, 0));
        assertThat(reports.annualReport(user, 2018, null, null).victims().total().value()).isEqualTo(1);
        assertThat(reports.annualReport(user, 2020, null, null).victims().total().value()).isEqualTo(1);
        assertThat(reports.annualReport(user, 2017, null, null).victims().total().value()).isZero();
    }

    @Test
    void linkedDuplicatesCountOnceAsTheirFirstRegisteredCase() {
        RabtaUser user = newCaseworker();
        LocalDate day = LocalDate.of(2022, 3, 3);
        VictimCase first = register(user, day, FEMALE, 16, FORCED_LABOUR);
        VictimCase second = register(user, day, FEMALE, 17, FORCED_LABOUR);
        VictimCase third = register(user, day, FEMALE, 16, FORCED_LABOUR);
        register(user, day, MALE, 30);
        assertThat(reports.annualReport(user, 2022, null, null).victims().total().value()).isEqualTo(4);

        duplicates.linkDuplicate(user, second.getCaseNumber(), first.getCaseNumber());
        duplicates.linkDuplicate(user, third.getCaseNumber(), second.getCaseNumber());

        AnnualReport report = reports.annualReport(user, 2022, null, null);
        assertThat(report.victims()).isEqualTo(exactFigures(2, 0, 1, 1, 0, 1, 0, 0));
        assertThat(report.forcedLabour().value()).isEqualTo(1);
        assertThat(report.byExploitationType()).containsEntry("FORCED_LABOUR", exact(1));
    }

    @Test
    void editsMoveThePersonBetweenCategories() {
        RabtaUser user = newCaseworker();
        VictimCase victimCase = register(user, LocalDate.of(2016, 8, 1), UNKNOWN, null);
        assertThat(reports.annualReport(user, 2016, null, null).victims().notRecorded().value()).isEqualTo(1);

        CaseForm form = cases.editForm(user, victimCase.getCaseNumber());
        form.setSex(FEMALE);
        form.setAgeYears(15);
        form.setIdentifiedOn(LocalDate.of(2017, 1, 2));
        cases.update(user, victimCase.getCaseNumber(), form);

        assertThat(reports.annualReport(user, 2016, null, null).victims().total().value()).isZero();
        assertThat(reports.annualReport(user, 2017, null, null).victims())
                .isEqualTo(exactFigures(1, 0, 0, 1, 0, 1, 0, 0));
    }

    @Test
    void provinceAndDistrictNarrowTheReport() {
        RabtaUser user = newCaseworker();
        LocalDate day = LocalDate.of(2020, 2, 2);
        fixtures.register(user, day, LAHORE, FEMALE, 30);
        fixtures.register(user, day, LAHORE, MALE, 10);
        fixtures.register(user, day, KASUR, MALE, 40);
        fixtures.register(user, day, BADIN, FEMALE, 20);

        assertThat(reports.annualReport(user, 2020, null, null).victims().total().value()).isEqualTo(4);
        AnnualReport punjab = reports.annualReport(user, 2020, "PK6", null);
        assertThat(punjab.victims()).isEqualTo(exactFigures(3, 1, 1, 0, 1, 1, 0, 0));
        assertThat(punjab.byProvince()).containsExactly(Map.entry("PK6", exact(3)));
        AnnualReport lahore = reports.annualReport(user, 2020, "pk6", LAHORE);
        assertThat(lahore.victims().total().value()).isEqualTo(2);
        assertThat(lahore.scope()).contains("Lahore, Punjab");
        assertThat(reports.annualReport(user, 2020, null, BADIN).byProvince()).containsExactly(Map.entry("PK7", exact(1)));
    }

    @Test
    void badFiltersNameTheirField() {
        RabtaUser user = newCaseworker();
        assertThatThrownBy(() -> reports.annualReport(user, 2020, "PK6", BADIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("district"));
        assertThatThrownBy(() -> reports.annualReport(user, 2020, "PK9", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("province"));
        assertThatThrownBy(() -> reports.annualReport(user, 1949, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("year"));
        assertThatThrownBy(() -> reports.annualReport(user, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("year"));
    }

    @Test
    void eachRoleCountsWithinItsReach() {
        RabtaUser owner = newCaseworker();
        RabtaUser otherAgency = newCaseworker();
        RabtaUser punjabMember = fixtures.committeeMember("PK6", null);
        RabtaUser kasurMember = fixtures.committeeMember("PK6", KASUR);
        RabtaUser analyst = fixtures.demoUser("analyst");
        int year = 1961;
        long countryBefore = reports.annualReport(analyst, year, null, null).victims().total().value();
        long punjabBefore = reports.annualReport(punjabMember, year, null, null).victims().total().value();
        long kasurBefore = reports.annualReport(kasurMember, year, null, null).victims().total().value();

        LocalDate day = LocalDate.of(year, 5, 5);
        // Five in each district, so that readers outside the owning agency see the numbers rather than "<5".
        for (int i = 0; i < 5; i++) {
            fixtures.register(owner, day, LAHORE, FEMALE, 30);
            fixtures.register(owner, day, KASUR, FEMALE, 30);
            fixtures.register(owner, day, BADIN, FEMALE, 30);
        }

        assertThat(reports.annualReport(owner, year, null, null).victims().total().value()).isEqualTo(15);
        assertThat(reports.annualReport(otherAgency, year, null, null).victims().total().value()).isZero();
        assertThat(reports.annualReport(analyst, year, null, null).victims().total().value()).isEqualTo(countryBefore + 15);
        assertThat(reports.annualReport(punjabMember, year, null, null).victims().total().value()).isEqualTo(punjabBefore + 10);
        assertThat(reports.annualReport(kasurMember, year, null, null).victims().total().value()).isEqualTo(kasurBefore + 5);
        assertThat(reports.annualReport(kasurMember, year, "PK7", null).victims().total().value()).isZero();
        assertThatThrownBy(() -> reports.annualReport(fixtures.demoUser("admin"), year, null, null))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
