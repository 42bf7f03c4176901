package org.rabta.committees;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.BusinessRuleException;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.committees.CommitteeFixtures.externalTerm;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Principals.asSystem;

@RabtaIntegrationTest
@RequiredArgsConstructor
class RosterServiceTest {

    private final CommitteeFixtures fixtures;

    private final RosterService rosters;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final RabtaUser admin() {
        return fixtures.user("admin");
    }

    @Test
    void aSecondChairInTheSameTermIsRefusedAndOneAfterTheFirstEndsIsAccepted() {
        Committee committee = fixtures.districtCommittee();
        LocalDate start = today().minusMonths(2);
        fixtures.add(committee.getId(), externalTerm("Chair One", "PB-SWD", MembershipRole.CHAIR, start, start.plusMonths(1)));

        assertThatThrownBy(() -> fixtures.add(committee.getId(),
                externalTerm("Chair Two", "PB-CPWB", MembershipRole.CHAIR, start.plusDays(10), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).hasValue("role"))
                .hasMessage("committees.error.chairTaken");

        fixtures.add(committee.getId(), externalTerm("Chair Two", "PB-CPWB", MembershipRole.CHAIR, start.plusMonths(1).plusDays(1), null));
        assertThat(rosters.roster(admin(), committee.getId(), today()).entries())
                .extracting(RosterEntry::name).containsExactly("Chair Two");
    }

    @Test
    void oneSecretaryAtATime() {
        Committee committee = fixtures.districtCommittee();
        fixtures.add(committee.getId(), userTerm("swd.punjab", "PB-SWD", MembershipRole.SECRETARY, today().minusDays(5), null));
        assertThatThrownBy(() -> fixtures.add(committee.getId(),
                externalTerm("Another Secretary", "PB-SWD", MembershipRole.SECRETARY, today().plusYears(1), null)))
                .hasMessage("committees.error.secretaryTaken");
    }

    @Test
    void overlappingTermsOfTheSamePersonAreRefusedWhateverTheRole() {
        Committee committee = fixtures.districtCommittee();
        LocalDate start = today().minusMonths(3);
        fixtures.add(committee.getId(), userTerm("police.lahore", "PB-POLICE-LHR", MembershipRole.MEMBER, start, today()));
        assertThatThrownBy(() -> fixtures.add(committee.getId(),
                userTerm("police.lahore", "PB-POLICE-LHR", MembershipRole.FOCAL_PERSON, today(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).hasValue("from"))
                .hasMessage("committees.error.overlappingTerm");
        // External people are the same person by name, whatever the case and spacing.
        fixtures.add(committee.getId(), externalTerm("Saba Khan", "NGO-LHR-SHELTER", MembershipRole.MEMBER, start, null));
        assertThatThrownBy(() -> fixtures.add(committee.getId(),
                externalTerm(" saba KHAN ", "NGO-LHR-SHELTER", MembershipRole.MEMBER, today(), null)))
                .hasMessage("committees.error.overlappingTerm");
        // The next day after the first term is free.
        fixtures.add(committee.getId(), userTerm("police.lahore", "PB-POLICE-LHR", MembershipRole.FOCAL_PERSON, today().plusDays(1), null));
    }

    @Test
    void theRosterOnADateShowsWhoSatOnThatDay() {
        Committee committee = fixtures.districtCommittee();
        LocalDate march = LocalDate.of(2026, 3, 1);
        fixtures.add(committee.getId(), externalTerm("Former Chair", "PB-SWD", MembershipRole.CHAIR,
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31)));
        fixtures.add(committee.getId(), externalTerm("Current Chair", "PB-SWD", MembershipRole.CHAIR,
                LocalDate.of(2026, 4, 1), null));
        fixtures.add(committee.getId(), externalTerm("Left In February", "PB-CPWB", MembershipRole.MEMBER,
                LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 28)));
        fixtures.add(committee.getId(), externalTerm("Last Day Is March First", "FIA-AHTC-LHR", MembershipRole.MEMBER,
                LocalDate.of(2025, 6, 1), march));

        assertThat(rosters.roster(admin(), committee.getId(), march).entries()).extracting(RosterEntry::name)
                .containsExactly("Former Chair", "Last Day Is March First");
        assertThat(rosters.roster(admin(), committee.getId(), LocalDate.of(2026, 4, 1)).entries())
                .extracting(RosterEntry::name).containsExactly("Current Chair");
        assertThat(rosters.history(admin(), committee.getId())).hasSize(4);
    }

    @Test
    void endingATermTakesThePersonOffTheRosterFromTheNextDay() {
        Committee committee = fixtures.districtCommittee();
        Membership term = fixtures.add(committee.getId(),
                externalTerm("Leaving Member", "PB-CPWB", MembershipRole.MEMBER, today().minusMonths(1), null));
        asSystem(() -> rosters.endTerm(term.getId(), today().minusDays(1), term.getVersion()));
        assertThat(rosters.roster(admin(), committee.getId(), today()).entries()).isEmpty();
        assertThat(rosters.roster(admin(), committee.getId(), today().minusDays(1)).entries()).hasSize(1);
        assertThatThrownBy(() -> asSystem(() -> rosters.endTerm(term.getId(), today().minusMonths(2), null)))
                .hasMessage("committees.error.termOrder");
    }

    @Test
    void aPersonIsAUserOrAnExternalPersonAndTheAgencyMustExist() {
        Committee committee = fixtures.districtCommittee();
        assertThatThrownBy(() -> fixtures.add(committee.getId(), new MembershipForm("swd.punjab", "Someone", null, null, null,
                "PB-SWD", MembershipRole.MEMBER, today(), null, null))).hasMessage("committees.error.personRequired");
        assertThatThrownBy(() -> fixtures.add(committee.getId(), userTerm("no.such.user", "PB-SWD", MembershipRole.MEMBER,
                today(), null))).hasMessage("committees.error.unknownUser");
        assertThatThrownBy(() -> fixtures.add(committee.getId(), externalTerm("Someone", "NO-SUCH", MembershipRole.MEMBER,
                today(), null))).hasMessage("committees.error.unknownAgency");
        assertThatThrownBy(() -> fixtures.add(committee.getId(), externalTerm("Someone", "PB-SWD", MembershipRole.MEMBER,
                today(), today().minusDays(1)))).hasMessage("committees.error.termOrder");
    }

    @Test
    void concurrentChairsThroughTheServiceOneWins() throws Exception {
        Committee committee = fixtures.districtCommittee();
        List<CompletableFuture<String>> attempts = List.of("Racing Chair A", "Racing Chair B").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    try {
                        fixtures.add(committee.getId(), externalTerm(name, "PB-SWD", MembershipRole.CHAIR, today(), null));
                        return "added";
                    } catch (BusinessRuleException e) {
                        return e.messageCode();
                    }
                })).toList();
        List<String> outcomes = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("added", "committees.error.chairTaken");
    }

    /**
     * Two transactions insert a chair for the same days without going through the service: the second waits for the
     * first and, once it commits, is rejected by the exclusion constraint.
     */
    @Test
    void theDatabaseRejectsAConcurrentSecondChair() throws Exception {
        Committee committee = fixtures.districtCommittee();
        long agencyId = jdbc.sql("select id from agency where code = 'PB-SWD'").query(Long.class).single();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertChair(first, committee.getId(), agencyId, "Direct Chair One");
            CompletableFuture<SQLException> secondInsert = CompletableFuture.supplyAsync(() -> {
                try {
                    insertChair(second, committee.getId(), agencyId, "Direct Chair Two");
                    second.commit();
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            first.commit();
            SQLException rejection = secondInsert.get(30, TimeUnit.SECONDS);
            assertThat((Object) rejection).isNotNull();
            assertThat(rejection.getSQLState()).isEqualTo("23P01"); // exclusion_violation
            assertThat(rejection.getMessage()).contains("membership_one_chair");
            second.rollback();
        }
        assertThat(rosters.roster(admin(), committee.getId(), today()).entries()).extracting(RosterEntry::name)
                .containsExactly("Direct Chair One");
    }

    private static void insertChair(Connection connection, long committeeId, long agencyId, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into committee_membership (committee_id, external_name, agency_id, role, term_from, created_by)"
                        + " values (?, ?, ?, 'CHAIR', current_date, 'test')")) {
            insert.setLong(1, committeeId);
            insert.setString(2, name);
            insert.setLong(3, agencyId);
            insert.executeUpdate();
        }
    }

    @Test
    void btreeGistIsInstalled() {
        long installed = jdbc.sql("select count(*) from pg_extension where extname = 'btree_gist'").query(Long.class).single();
        assertThat(installed).isEqualTo(1);
    }

    @Test
    void gapsNameTheMissingChairSecretaryAndSectorsAndTermsEndingSoon() {
        Committee committee = fixtures.districtCommittee();
        fixtures.add(committee.getId(), userTerm("police.lahore", "PB-POLICE-LHR", MembershipRole.CHAIR, today().minusDays(10), null));
        fixtures.add(committee.getId(), externalTerm("Shelter Manager", "NGO-LHR-SHELTER", MembershipRole.MEMBER,
                today().minusDays(10), today().plusDays(20)));
        fixtures.add(committee.getId(), externalTerm("Bureau Officer", "PB-CPWB", MembershipRole.MEMBER,
                today().minusDays(10), today().plusDays(45)));

        Roster.Gaps gaps = rosters.roster(admin(), committee.getId(), today()).gaps();
        assertThat(gaps.noChair()).isFalse();
        assertThat(gaps.noSecretary()).isTrue();
        // Police: law enforcement; NGO: civil society; the bureau offers child protection.
        assertThat(gaps.missingSectors()).containsExactly(Sector.LABOUR, Sector.SOCIAL_WELFARE, Sector.WOMEN_DEVELOPMENT);
        assertThat(gaps.endingSoon()).extracting(RosterEntry::name).containsExactly("Shelter Manager");

        // On a day before anyone sat, everything is missing.
        Roster.Gaps empty = rosters.roster(admin(), committee.getId(), today().minusDays(11)).gaps();
        assertThat(empty.noChair()).isTrue();
        assertThat(empty.missingSectors()).hasSize(Sector.values().length);
    }

    @Test
    void recordedSectorsCountForTheAgencyOnEveryRoster() {
        Committee committee = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today(), null);
        // The demo data records social welfare for PB-SWD, which its type and services do not tell.
        assertThat(rosters.roster(admin(), committee.getId(), today()).entries().getFirst().sectors())
                .containsExactly(Sector.SOCIAL_WELFARE);
    }
}
