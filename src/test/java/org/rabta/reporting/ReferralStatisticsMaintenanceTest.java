package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.directory.ServiceType.LEGAL_AID;
import static org.rabta.directory.ServiceType.MEDICAL;
import static org.rabta.directory.ServiceType.SHELTER;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDuplicates;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables the referral figures are read from (V63, V64, V75, V76) are kept by triggers through every change a
 * referral or a case goes through, and always hold what a count from scratch (the *_recount views, which the bulk
 * recount of the benchmark writes) gives.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ReferralStatisticsMaintenanceTest {

    private final AnnualReportService reports;
    private final CaseDuplicates cases;
    private final ReportingFixtures fixtures;
    private final JdbcClient jdbc;
    private final Transactions transactions;

    /** The police supervisor whose agency's cases each test registers, and the NGO it refers them to: the test's own. */
    private RabtaUser user;
    private Agency ngo;

    @BeforeEach
    void agenciesOfTheTestsOwn() {
        user = fixtures.newPoliceSupervisor();
        ngo = fixtures.agency(AgencyType.NGO);
    }

    /** Every referral-derived row of the test's agency (and its cases) equals its count from scratch. */
    private void assertTablesEqualRecount() {
        Map<String, Object> agency = Map.of("agency", user.agencyId());
        assertSame("""
                select sent_year, case_id, agency_type, referrals from %s
                where case_id in (select id from victim_case where owning_agency_id = :agency)""", "case_referral_sent", agency);
        assertSame("""
                select sent_year, person_id, month, province_code, district_code, owning_agency_id, identifying_agency_id,
                       referrals, government_referrals, ngo_referrals from %s
                where person_id in (select id from victim_case where owning_agency_id = :agency)""", "referred_person", agency);
        assertSame("""
                select month, province_code, district_code, owning_agency_id, identifying_agency_id, service_type, accepted,
                       declined, completed, overdue, hours_to_accept, referrals from %s
                where owning_agency_id = :agency and referrals <> 0""", "referral_statistics", agency);
        // The rollups sum over every agency: all of them against the tables they roll up.
        assertSame("select month, province_code, agency_type, persons, to_government, to_ngo from %s "
                + "where persons <> 0 or to_government <> 0 or to_ngo <> 0", "referred_person_rollup", Map.of());
        assertSame("select month, province_code, agency_type, service_type, accepted, declined, completed, overdue, referrals "
                + "from %s where referrals <> 0", "referral_statistics_rollup", Map.of());
        assertSame("select month, province_code, agency_type, days, referrals from %s where referrals <> 0",
                "referral_acceptance_days", Map.of());
        assertSame("select days, month, province_code, agency_type, hours, referrals from %s where referrals <> 0",
                "referral_acceptance_hours", Map.of());
    }

    private void assertSame(String query, String table, Map<String, Object> params) {
        String kept = query.formatted(table);
        String recounted = query.formatted(table + "_recount");
        long differences = jdbc.sql("select count(*) from ((" + kept + " except all " + recounted + ") union all ("
                        + recounted + " except all " + kept + ")) d")
                .params(params).query(Long.class).single();
        assertThat(differences).as("rows of %s that differ from a count from scratch", table).isZero();
    }

    /** Changes the row behind the services' back (as a clean-up or an import might): the triggers follow it too. */
    private void change(String statement, long id) {
        jdbc.sql(statement).param("id", id).update();
    }

    private long referredPersonRows(VictimCase person) {
        return jdbc.sql("select count(*) from referred_person where person_id = :id").param("id", person.getId())
                .query(Long.class).single();
    }

    /** The year's count of persons referred is {@code expected}, and every table equals its recount. */
    private void assertReferredAndRecounted(int year, long expected) {
        assertThat(report(year).referred().value()).isEqualTo(expected);
        assertTablesEqualRecount();
    }

    private AnnualReport report(int year) {
        return reports.annualReport(user, year, null, null);
    }

    @Test
    void aDuplicateLinkedAfterItsReferralMovesTheReferralToThePerson() {
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        VictimCase first = fixtures.register(user, LocalDate.of(2016, 3, 1));
        VictimCase again = fixtures.register(user, LocalDate.of(2016, 3, 5));
        fixtures.refer(user, again, ngo, SHELTER, Instant.parse("2016-03-06T08:00:00Z"));
        fixtures.refer(user, first, department, MEDICAL, Instant.parse("2016-03-07T08:00:00Z"));
        assertThat(report(2016).referred().value()).isEqualTo(2);

        cases.linkDuplicate(user, again.getCaseNumber(), first.getCaseNumber());

        AnnualReport linked = report(2016);
        assertThat(linked.referred().value()).isEqualTo(1);
        assertThat(linked.referredToNgo().value()).isEqualTo(1);
        assertThat(linked.referredToGovernment().value()).isEqualTo(1);
        assertThat(referredPersonRows(again)).isZero();
        assertTablesEqualRecount();

        // Unlinking (the duplicate its own person again) moves it back.
        change("update victim_case set duplicate_of_id = null where id = :id", again.getId());
        assertReferredAndRecounted(2016, 2);
    }

    @Test
    void aPersonMovedToAnotherDistrictOrYearTakesTheReferralAlong() {
        VictimCase moved = fixtures.register(user, LocalDate.of(2015, 6, 1));
        fixtures.refer(user, moved, ngo, LEGAL_AID, Instant.parse("2015-06-02T08:00:00Z"));
        assertThat(reports.annualReport(user, 2015, null, LAHORE).referred().value()).isEqualTo(1);

        jdbc.sql("update victim_case set district_code = :kasur where id = :id")
                .param("kasur", KASUR).param("id", moved.getId()).update();
        assertThat(reports.annualReport(user, 2015, null, LAHORE).referred().value()).isZero();
        assertThat(reports.annualReport(user, 2015, null, KASUR).referred().value()).isEqualTo(1);
        assertReferredAndRecounted(2015, 1);

        // Identified a year earlier: no longer a person of 2015, and its 2015 referral is not one of 2014.
        change("update victim_case set identified_on = date '2014-12-20' where id = :id", moved.getId());
        assertThat(report(2015).referred().value()).isZero();
        assertReferredAndRecounted(2014, 0);

        change("update victim_case set identified_on = date '2015-01-20' where id = :id", moved.getId());
        assertReferredAndRecounted(2015, 1);
    }

    @Test
    void aWithdrawnReferralWasStillSentAndADraftNeverCounts() {
        VictimCase withdrawn = fixtures.register(user, LocalDate.of(2014, 4, 1));
        VictimCase draftOnly = fixtures.register(user, LocalDate.of(2014, 4, 1));
        long sent = fixtures.refer(user, withdrawn, ngo, SHELTER, Instant.parse("2014-04-02T08:00:00Z"));
        long draft = fixtures.refer(user, draftOnly, ngo, SHELTER, null);
        change("update referral set status = 'WITHDRAWN', withdrawn_at = sent_at + interval '1 day', "
                + "withdraw_reason = 'Found shelter' where id = :id", sent);
        change("update referral set status = 'WITHDRAWN', withdrawn_at = now(), withdraw_reason = 'Not needed' "
                + "where id = :id", draft);

        AnnualReport report = report(2014);
        assertThat(report.referred().value()).isEqualTo(1);
        assertThat(report.referredToNgo().value()).isEqualTo(1);
        assertThat(referredPersonRows(draftOnly)).isZero();
        assertTablesEqualRecount();
    }

    @Test
    void acceptancesDeclinesAndDeletionsKeepTheDashboardTablesEqualToTheirRecount() {
        VictimCase victimCase = fixtures.register(user, LocalDate.of(2013, 9, 1));
        long accepted = fixtures.refer(user, victimCase, ngo, SHELTER, Instant.parse("2013-09-02T08:00:00Z"));
        long declined = fixtures.refer(user, victimCase, ngo, MEDICAL, Instant.parse("2013-09-03T08:00:00Z"));
        long deleted = fixtures.refer(user, victimCase, ngo, LEGAL_AID, Instant.parse("2013-09-04T08:00:00Z"));
        change("update referral set status = 'ACCEPTED', accepted_at = sent_at + interval '50 hours' where id = :id", accepted);
        change("update referral set status = 'COMPLETED', completed_at = sent_at + interval '9 days' where id = :id", accepted);
        change("update referral set status = 'DECLINED', declined_at = sent_at + interval '3 hours', "
                + "decline_reason = 'Full' where id = :id", declined);
        change("delete from referral where id = :id", deleted);

        assertReferredAndRecounted(2013, 1);
    }

    @Test
    void referralsOfOnePersonSentConcurrentlyAreAllCounted() throws Exception {
        Agency department = fixtures.agency(AgencyType.GOVERNMENT_DEPARTMENT);
        List<VictimCase> registrations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            registrations.add(fixtures.register(user, LocalDate.of(2012, 7, 1 + i)));
        }
        for (int i = 1; i < registrations.size(); i++) {
            cases.linkDuplicate(user, registrations.get(i).getCaseNumber(), registrations.getFirst().getCaseNumber());
        }
        CyclicBarrier together = new CyclicBarrier(registrations.size());
        ExecutorService pool = Executors.newFixedThreadPool(registrations.size());
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (int i = 0; i < registrations.size(); i++) {
                VictimCase registration = registrations.get(i);
                Agency to = i % 2 == 0 ? ngo : department;
                senders.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    fixtures.refer(user, registration, to, SHELTER, Instant.parse("2012-07-10T08:00:00Z"));
                })));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("select referrals from referred_person where sent_year = 2012 and person_id = :id")
                .param("id", registrations.getFirst().getId()).query(Integer.class).single()).isEqualTo(4);
        AnnualReport report = report(2012);
        assertThat(report.referred().value()).isEqualTo(1);
        assertThat(report.referredToNgo().value()).isEqualTo(1);
        assertThat(report.referredToGovernment().value()).isEqualTo(1);
        assertTablesEqualRecount();
    }
}
