package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.directory.ServiceType.LEGAL_AID;
import static org.rabta.directory.ServiceType.MEDICAL;
import static org.rabta.directory.ServiceType.SHELTER;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;

import java.time.Instant;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDuplicates;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The annual report's referral figures on crafted cases and referrals of agencies of the test's own. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AnnualReportReferralsTest {

    private final AnnualReportService reports;
    private final CaseDuplicates cases;
    private final ReportingFixtures fixtures;
    private final JdbcClient jdbc;

    /** The year's persons of the user's agency: identified, referred, referred to the government and to an NGO. */
    private void assertPersons(RabtaUser user, int year, long identified, long referred, long toGovernment, long toNgo) {
        AnnualReport report = reports.annualReport(user, year, null, null);
        assertThat(report.victims().total().value()).isEqualTo(identified);
        assertThat(report.referred().value()).isEqualTo(referred);
        assertThat(report.referredToGovernment().value()).isEqualTo(toGovernment);
        assertThat(report.referredToNgo().value()).isEqualTo(toNgo);
    }

    @Test
    void aPersonReferredSeveralTimesCountsOnceAndOnceForEachKindOfAgency() {
        RabtaUser user = fixtures.newPoliceSupervisor();
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        Agency police = fixtures.agency(AgencyType.POLICE);
        LocalDate day = LocalDate.of(2021, 3, 10);
        VictimCase toBoth = fixtures.register(user, day);
        VictimCase toNgoOnly = fixtures.register(user, day);
        VictimCase toPoliceOnly = fixtures.register(user, day);
        fixtures.register(user, day);
        fixtures.refer(user, toBoth, department, SHELTER, Instant.parse("2021-03-11T08:00:00Z"));
        fixtures.refer(user, toBoth, department, MEDICAL, Instant.parse("2021-04-01T08:00:00Z"));
        fixtures.refer(user, toBoth, ngo, LEGAL_AID, Instant.parse("2021-05-01T08:00:00Z"));
        fixtures.refer(user, toNgoOnly, ngo, SHELTER, Instant.parse("2021-06-01T08:00:00Z"));
        fixtures.refer(user, toNgoOnly, ngo, SHELTER, Instant.parse("2021-07-01T08:00:00Z"));
        fixtures.refer(user, toPoliceOnly, police, LEGAL_AID, Instant.parse("2021-07-01T08:00:00Z"));

        assertPersons(user, 2021, 4, 3, 1, 2);
    }

    @Test
    void onlyReferralsSentInTheYearOfIdentificationCount() {
        RabtaUser user = fixtures.newPoliceSupervisor();
        Agency ngo = fixtures.agency(AgencyType.NGO);
        VictimCase draftOnly = fixtures.register(user, LocalDate.of(2019, 2, 1));
        VictimCase sentNextYear = fixtures.register(user, LocalDate.of(2019, 2, 1));
        // 20:00 UTC on 31 December is already 1 January in Pakistan.
        VictimCase sentOnNewYearsNight = fixtures.register(user, LocalDate.of(2019, 12, 31));
        VictimCase sentLastMinute = fixtures.register(user, LocalDate.of(2019, 12, 31));
        VictimCase identifiedYearBefore = fixtures.register(user, LocalDate.of(2018, 12, 31));
        fixtures.refer(user, draftOnly, ngo, SHELTER, null);
        fixtures.refer(user, sentNextYear, ngo, SHELTER, Instant.parse("2020-01-15T08:00:00Z"));
        fixtures.refer(user, sentOnNewYearsNight, ngo, SHELTER, Instant.parse("2019-12-31T20:00:00Z"));
        fixtures.refer(user, sentLastMinute, ngo, SHELTER, Instant.parse("2019-12-31T18:59:00Z"));
        fixtures.refer(user, identifiedYearBefore, ngo, SHELTER, Instant.parse("2019-01-02T08:00:00Z"));

        AnnualReport report = reports.annualReport(user, 2019, null, null);
        assertThat(report.victims().total().value()).isEqualTo(4);
        assertThat(report.referred().value()).isEqualTo(1);
        assertThat(reports.annualReport(user, 2018, null, null).referred().value()).isZero();
        assertThat(reports.annualReport(user, 2020, null, null).referred().value()).isZero();
    }

    @Test
    void aDraftCountsFromTheMomentItIsSentAndNoLongerOnceDeleted() {
        RabtaUser user = fixtures.newPoliceSupervisor();
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        VictimCase victimCase = fixtures.register(user, LocalDate.of(2017, 5, 5));
        long draft = fixtures.refer(user, victimCase, department, SHELTER, null);
        assertThat(reports.annualReport(user, 2017, null, null).referred().value()).isZero();

        jdbc.sql("update referral set status = 'SENT', sent_at = timestamptz '2017-05-06 10:00+05' where id = :id")
                .param("id", draft).update();
        AnnualReport sent = reports.annualReport(user, 2017, null, null);
        assertThat(sent.referred().value()).isEqualTo(1);
        assertThat(sent.referredToGovernment().value()).isEqualTo(1);

        jdbc.sql("delete from referral where id = :id").param("id", draft).update();
        assertThat(reports.annualReport(user, 2017, null, null).referred().value()).isZero();
    }

    @Test
    void linkedDuplicatesCountOnceThroughTheirFirstRegisteredCase() {
        RabtaUser user = fixtures.newPoliceSupervisor();
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        LocalDate day = LocalDate.of(2022, 8, 8);
        VictimCase first = fixtures.register(user, day);
        VictimCase second = fixtures.register(user, day);
        VictimCase other = fixtures.register(user, day);
        VictimCase otherAgain = fixtures.register(user, day);
        fixtures.refer(user, first, ngo, SHELTER, Instant.parse("2022-08-09T08:00:00Z"));
        fixtures.refer(user, second, ngo, MEDICAL, Instant.parse("2022-08-10T08:00:00Z"));
        // Only the later registration of this person was referred: the person still was.
        fixtures.refer(user, otherAgain, department, LEGAL_AID, Instant.parse("2022-08-10T08:00:00Z"));
        assertThat(reports.annualReport(user, 2022, null, null).referred().value()).isEqualTo(3);

        cases.linkDuplicate(user, second.getCaseNumber(), first.getCaseNumber());
        cases.linkDuplicate(user, otherAgain.getCaseNumber(), other.getCaseNumber());

        assertPersons(user, 2022, 2, 2, 1, 1);
    }

    @Test
    void scopeFiltersAndEachRolesReachApplyAsForTheOtherFigures() {
        RabtaUser owner = fixtures.newPoliceSupervisor();
        RabtaUser otherAgency = fixtures.newPoliceSupervisor();
        Agency ngo = fixtures.agency(AgencyType.NGO);
        RabtaUser punjabMember = fixtures.committeeMember("PK6", null);
        RabtaUser kasurMember = fixtures.committeeMember("PK6", KASUR);
        RabtaUser analyst = fixtures.demoUser("analyst");
        int year = 1968;
        long countryBefore = reports.annualReport(analyst, year, null, null).referred().value();
        long punjabBefore = reports.annualReport(punjabMember, year, null, null).referred().value();
        long kasurBefore = reports.annualReport(kasurMember, year, null, null).referred().value();

        LocalDate day = LocalDate.of(year, 5, 5);
        Instant sent = Instant.parse(year + "-05-06T08:00:00Z");
        // Five in each district, so that readers outside the owning agency see the numbers rather than "<5".
        for (String district : new String[] {LAHORE, KASUR, BADIN}) {
            for (int i = 0; i < 5; i++) {
                fixtures.refer(owner, fixtures.register(owner, day, district, MALE, 30), ngo, SHELTER, sent);
            }
        }

        assertThat(reports.annualReport(owner, year, null, null).referred().value()).isEqualTo(15);
        assertThat(reports.annualReport(owner, year, "PK6", null).referred().value()).isEqualTo(10);
        assertThat(reports.annualReport(owner, year, null, KASUR).referred().value()).isEqualTo(5);
        assertThat(reports.annualReport(owner, year, "PK7", null).referredToNgo().value()).isEqualTo(5);
        assertThat(reports.annualReport(otherAgency, year, null, null).referred().value()).isZero();
        assertThat(reports.annualReport(analyst, year, null, null).referred().value()).isEqualTo(countryBefore + 15);
        assertThat(reports.annualReport(punjabMember, year, null, null).referred().value()).isEqualTo(punjabBefore + 10);
        assertThat(reports.annualReport(kasurMember, year, null, null).referred().value()).isEqualTo(kasurBefore + 5);
    }
}
