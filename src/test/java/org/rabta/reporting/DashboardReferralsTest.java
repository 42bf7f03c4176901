package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.directory.ServiceType.LEGAL_AID;
import static org.rabta.directory.ServiceType.MEDICAL;
import static org.rabta.directory.ServiceType.SHELTER;
import static org.rabta.reporting.ReportingFixtures.values;
import static org.rabta.support.Districts.BADIN;
import static org.rabta.support.Districts.LAHORE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's referral figures on crafted referrals of agencies of the test's own, their filters and reach. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class DashboardReferralsTest {

    private final DashboardService dashboards;

    private final TableExports tables;

    private final ReportingFixtures fixtures;

    private final JdbcClient jdbc;

    private void accept(long referral, int hoursAfterSending) {
        jdbc.sql("update referral set status = 'ACCEPTED', accepted_at = sent_at + make_interval(hours => :hours) where id = :id")
                .param("hours", hoursAfterSending).param("id", referral).update();
    }

    private void complete(long referral) {
        jdbc.sql("update referral set status = 'COMPLETED', completed_at = accepted_at + interval '3 days' where id = :id")
                .param("id", referral).update();
    }

    private void decline(long referral) {
        jdbc.sql("update referral set status = 'DECLINED', declined_at = sent_at + interval '1 hour', decline_reason = 'Full' where id = :id")
                .param("id", referral).update();
    }

    private void markOverdue(long referral) {
        jdbc.sql("update referral set overdue = true, overdue_since = due_at where id = :id").param("id", referral).update();
    }

    private static DashboardFilter period(String province, String district) {
        return new DashboardFilter("2024-01", "2024-03", province, district, null);
    }

    @Test
    void countsWhatBecameOfTheReferralsSentInThePeriodByServiceType() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        VictimCase victimCase = fixtures.register(user, LocalDate.of(2023, 12, 20), LAHORE, FEMALE, 30);
        long acceptedFast = fixtures.refer(user, victimCase, ngo, SHELTER, Instant.parse("2024-01-10T08:00:00Z"));
        long completed = fixtures.refer(user, victimCase, ngo, SHELTER, Instant.parse("2024-02-10T08:00:00Z"));
        long acceptedSlow = fixtures.refer(user, victimCase, ngo, LEGAL_AID, Instant.parse("2024-03-10T08:00:00Z"));
        long declined = fixtures.refer(user, victimCase, ngo, MEDICAL, Instant.parse("2024-03-11T08:00:00Z"));
        long overdue = fixtures.refer(user, victimCase, ngo, MEDICAL, Instant.parse("2024-03-12T08:00:00Z"));
        fixtures.refer(user, victimCase, ngo, LEGAL_AID, null);
        long afterThePeriod = fixtures.refer(user, victimCase, ngo, SHELTER, Instant.parse("2024-04-01T08:00:00Z"));
        accept(acceptedFast, 10);
        accept(completed, 30);
        complete(completed);
        accept(acceptedSlow, 50);
        decline(declined);
        markOverdue(overdue);
        accept(afterThePeriod, 1);

        Dashboard dashboard = dashboards.dashboard(user, period(null, null), Locale.ENGLISH);

        assertThat(dashboard.referralsMade().value()).isEqualTo(5);
        assertThat(values(dashboard, "referrals", "reporting.referrals.made")).containsExactly(5L);
        assertThat(values(dashboard, "referrals", "reporting.referrals.accepted")).containsExactly(3L);
        assertThat(values(dashboard, "referrals", "reporting.referrals.declined")).containsExactly(1L);
        assertThat(values(dashboard, "referrals", "reporting.referrals.completed")).containsExactly(1L);
        assertThat(values(dashboard, "referrals", "reporting.referrals.overdue")).containsExactly(1L);
        assertThat(dashboard.medianHoursToAcceptance()).isEqualTo(30);
        // columns: sent, accepted, declined, completed, overdue
        assertThat(values(dashboard, "referral-service", "directory.service.SHELTER")).containsExactly(2L, 2L, 0L, 1L, 0L);
        assertThat(values(dashboard, "referral-service", "directory.service.MEDICAL")).containsExactly(2L, 0L, 1L, 0L, 1L);
        assertThat(values(dashboard, "referral-service", "directory.service.LEGAL_AID")).containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(values(dashboard, "referral-service", "directory.service.REPATRIATION")).containsExactly(0L, 0L, 0L, 0L, 0L);

        // A move back (the overdue flag cleared by the next step) leaves the counts it was in.
        jdbc.sql("update referral set overdue = false, overdue_since = null where id = :id").param("id", overdue).update();
        assertThat(values(dashboards.dashboard(user, period(null, null), Locale.ENGLISH), "referrals",
                "reporting.referrals.overdue")).containsExactly(0L);
    }

    @Test
    void noAcceptanceMeansNoMedian() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        VictimCase victimCase = fixtures.register(user, LocalDate.of(2024, 1, 5), LAHORE, FEMALE, 30);
        fixtures.refer(user, victimCase, fixtures.agency(AgencyType.NGO), SHELTER, Instant.parse("2024-01-06T08:00:00Z"));

        Dashboard dashboard = dashboards.dashboard(user, period(null, null), Locale.ENGLISH);
        assertThat(dashboard.referralsMade().value()).isEqualTo(1);
        assertThat(dashboard.medianHoursToAcceptance()).isNull();
    }

    @Test
    void filtersAndReachApplyToTheReferredCases() {
        RabtaUser owner = fixtures.newCaseworker(AgencyType.POLICE);
        RabtaUser otherAgency = fixtures.newCaseworker(AgencyType.POLICE);
        RabtaUser analyst = fixtures.demoUser("analyst");
        Agency ngo = fixtures.agency(AgencyType.NGO);
        DashboardFilter sindh = new DashboardFilter("1967-01", "1967-12", "PK7", null, null);
        long sindhBefore = dashboards.dashboard(analyst, sindh, Locale.ENGLISH).referralsMade().value();
        Instant sent = Instant.parse("1967-06-01T08:00:00Z");
        fixtures.refer(owner, fixtures.register(owner, LocalDate.of(1967, 5, 1), LAHORE, FEMALE, 30), ngo, SHELTER, sent);
        // Five in Sindh, so that the analyst (outside the owning agency) sees the number rather than "<5".
        for (int i = 0; i < 5; i++) {
            fixtures.refer(owner, fixtures.register(owner, LocalDate.of(1967, 5, 1), BADIN, FEMALE, 30), ngo, SHELTER, sent);
        }
        DashboardFilter year = new DashboardFilter("1967-01", "1967-12", null, null, null);

        assertThat(dashboards.dashboard(owner, year, Locale.ENGLISH).referralsMade().value()).isEqualTo(6);
        assertThat(dashboards.dashboard(owner, new DashboardFilter("1967-01", "1967-12", null, BADIN, null), Locale.ENGLISH)
                .referralsMade().value()).isEqualTo(5);
        assertThat(dashboards.dashboard(owner, new DashboardFilter("1967-01", "1967-12", null, null, "NGO"), Locale.ENGLISH)
                .referralsMade().value()).isZero();
        assertThat(dashboards.dashboard(otherAgency, year, Locale.ENGLISH).referralsMade().value()).isZero();
        assertThat(dashboards.dashboard(analyst, sindh, Locale.ENGLISH).referralsMade().value()).isEqualTo(sindhBefore + 5);
    }

    @Test
    void theOwningAgencyExportsExactReferralCounts() throws IOException {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        VictimCase victimCase = fixtures.register(user, LocalDate.of(2024, 1, 5), LAHORE, FEMALE, 30);
        for (int day = 10; day < 16; day++) {
            fixtures.refer(user, victimCase, ngo, SHELTER, Instant.parse("2024-02-" + day + "T08:00:00Z"));
        }
        fixtures.refer(user, victimCase, ngo, MEDICAL, Instant.parse("2024-02-20T08:00:00Z"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.dashboardTable(user, "referral-service", period(null, null), ExportFormat.CSV, Locale.ENGLISH, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).isEqualTo("Category,Sent,Accepted,Declined,Completed,Overdue now");
        assertThat(lines).contains("Shelter,6,0,0,0,0", "Medical care,1,0,0,0,0");
    }
}
