package org.rabta.committees;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.Sex;
import org.rabta.investigations.AccusedEventType;
import org.rabta.investigations.AccusedRequest;
import org.rabta.investigations.AccusedRole;
import org.rabta.investigations.AccusedService;
import org.rabta.investigations.EventRequest;
import org.rabta.investigations.InvestigationRequest;
import org.rabta.investigations.InvestigationService;
import org.rabta.investigations.Offence;
import org.rabta.reporting.InvestigationProgress.Stall;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district committee sees the investigations whose FIR is in its district as counts by stage and the stalled ones by
 * registering agency: exact from five up, {@code <5} below, {@code 5+} where a total would give a small one back; no
 * FIR number. Only members through a current term; every view audited.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeInvestigationsTest {

    private final CommitteeFixtures fixtures;

    private final CommitteeInvestigations committeeInvestigations;

    private final InvestigationService investigations;

    private final AccusedService accused;

    private final JdbcClient jdbc;

    private final MockMvc mvc;

    @Test
    void membersSeeCountsByStageAndTheStalledOnesByAgencyUnderTheSmallCellRule() throws Exception {
        Committee committee = fixtures.districtCommittee();
        String district = committee.getDistrictCode();
        RabtaUser member = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(5), null);
        RabtaUser fia = fixtures.user("fia.lahore");
        RabtaUser police = fixtures.user("police.lahore");
        LocalDate fir = today().minusDays(100);
        for (int i = 0; i < 5; i++) {
            // No charge sheet 100 days after the FIR, and the one accused absconded.
            long accusedId = register(fia, district, fir);
            event(fia, accusedId, AccusedEventType.ARRESTED, fir.plusDays(2), null);
            event(fia, accusedId, AccusedEventType.ABSCONDED, fir.plusDays(9), null);
        }
        for (int i = 0; i < 5; i++) {
            // Charge-sheeted 80 days ago, no hearing since and none set.
            long accusedId = register(fia, district, fir);
            event(fia, accusedId, AccusedEventType.ARRESTED, fir.plusDays(2), null);
            event(fia, accusedId, AccusedEventType.CHARGE_SHEET, today().minusDays(80), null);
        }
        // In trial, the next hearing set: not stalled.
        long inTrial = register(fia, district, today().minusDays(40));
        event(fia, inTrial, AccusedEventType.ARRESTED, today().minusDays(39), null);
        event(fia, inTrial, AccusedEventType.CHARGE_SHEET, today().minusDays(30), null);
        event(fia, inTrial, AccusedEventType.HEARING, today().minusDays(20), today().plusDays(10));
        // The police's one FIR of the district, without a charge sheet: a small cell.
        register(police, district, fir);
        // Elsewhere: not the committee's.
        register(fia, LAHORE, fir);
        String firNumber = jdbc.sql("select fir_number from investigation where district_code = :d order by id limit 1")
                .param("d", district).query(String.class).single();

        CommitteeInvestigations.View view = callAs(member, () -> committeeInvestigations.of(member, committee.getId()));

        assertThat(view.figures().total()).hasToString("12");
        assertThat(view.figures().stages()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue()).containsExactly(
                // 6, 5, 1 and 0: the lone small cell would follow from the total, so the others are withheld until it cannot.
                "REGISTERED=5+", "CHARGE_SHEET=5+", "TRIAL=<5", "VERDICT=0");
        assertThat(view.figures().stalled()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue()).containsExactly(
                "NO_CHARGE_SHEET=6", "NO_HEARING=5", "ABSCONDING=5");
        Map<String, Map<Stall, ?>> byAgency = new HashMap<>();
        view.figures().agencies().forEach(row -> byAgency.put(row.agency().getCode(), row.counts()));
        assertThat(byAgency).containsOnlyKeys("FIA-AHTC-LHR", "PB-POLICE-LHR");
        assertThat(byAgency.get("PB-POLICE-LHR").get(Stall.NO_CHARGE_SHEET)).hasToString("<5");
        assertThat(byAgency.get("FIA-AHTC-LHR").get(Stall.NO_CHARGE_SHEET)).hasToString("5+");
        assertThat(byAgency.get("FIA-AHTC-LHR").get(Stall.NO_HEARING)).hasToString("5");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where actor = :actor and action = 'COMMITTEE_INVESTIGATIONS_VIEWED'
                        and target_id = :id""").param("actor", member.username()).param("id", String.valueOf(committee.getId()))
                .query(Long.class).single()).isEqualTo(1);

        String page = "/committees/" + committee.getId() + "/investigations";
        mvc.perform(get(page).with(user(member))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No charge sheet 90 days after the FIR"), containsString("&lt;5"),
                        not(containsString(firNumber)))));
        mvc.perform(get("/committees/" + committee.getId()).with(user(member)))
                .andExpect(content().string(containsString(page)));
    }

    @Test
    void anAdministratorAndAnyoneWithoutACurrentTermAreToldTheCommitteeIsNotFound() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser former = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(30), today().minusDays(1));
        RabtaUser admin = fixtures.user("admin");

        for (RabtaUser user : List.of(former, admin)) {
            assertThatThrownBy(() -> committeeInvestigations.of(user, committee.getId())).isInstanceOf(RecordNotFoundException.class);
            mvc.perform(get("/committees/" + committee.getId() + "/investigations").with(user(user))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/committees/" + committee.getId()).with(user(admin)))
                .andExpect(content().string(not(containsString("/investigations"))));
    }

    private static <T> T callAs(RabtaUser user, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemIdentity.runAs(user, () -> result.set(action.get()));
        return result.get();
    }

    /** An FIR of the user's agency in the district with one accused person; answers the accused's id. */
    private long register(RabtaUser user, String district, LocalDate on) {
        return callAs(user, () -> {
            long id = investigations.register(user, new InvestigationRequest(Unique.code("FIR-"), on, district,
                    List.of(Offence.PTPA_2018_S3), null, List.of(),
                    List.of(new AccusedRequest("Accused " + Unique.code(""), null, Sex.MALE, 40, "PK", null, null,
                            AccusedRole.RECRUITER)), null));
            return investigations.view(user, id).accused().getFirst().accused().getId();
        });
    }

    private void event(RabtaUser user, long accusedId, AccusedEventType type, LocalDate on, LocalDate nextHearing) {
        SystemIdentity.runAs(user, () -> accused.recordEvent(user, accusedId,
                new EventRequest(type, on, null, null, null, null, null, null, nextHearing)));
    }
}
