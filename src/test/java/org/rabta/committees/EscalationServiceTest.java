package org.rabta.committees;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.AgeBand;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class EscalationServiceTest {

    private final CommitteeFixtures fixtures;

    private final EscalationService escalations;

    private final CommitteeService committees;

    private final MockMvc mvc;

    @Test
    void aDistrictCommitteeEscalatesToItsProvincialCommitteeWhichSeesAndResolvesIt() throws Exception {
        Committee district = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        RabtaUser districtMember = fixtures.newUser("PB-CPWB", Role.COMMITTEE_MEMBER);
        RabtaUser provincialMember = fixtures.newUser("PB-CPWB", Role.COMMITTEE_MEMBER);
        fixtures.add(district.getId(), userTerm(secretary.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusDays(9), null));
        fixtures.add(district.getId(), userTerm(districtMember.username(), "PB-CPWB", MembershipRole.MEMBER, today().minusDays(9), null));
        fixtures.add(district.getParentId(), userTerm(provincialMember.username(), "PB-CPWB", MembershipRole.MEMBER,
                today().minusDays(9), null));
        String caseNumber = fixtures.queuedCaseIn(district.getDistrictCode());
        String issue = Unique.code("No shelter place for a child in this district ");

        assertThatThrownBy(() -> escalations.escalate(districtMember, district.getId(), new EscalationForm(issue, caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        Escalation escalation = escalations.escalate(secretary, district.getId(), new EscalationForm(issue, caseNumber));
        assertThat(escalation.getToCommitteeId()).isEqualTo(district.getParentId());

        EscalationView received = escalations.received(provincialMember, district.getParentId()).stream()
                .filter(view -> view.escalation().getId().equals(escalation.getId())).findFirst().orElseThrow();
        assertThat(received.from().getId()).isEqualTo(district.getId());
        assertThat(received.linkedCase().caseNumber()).isEqualTo(caseNumber);
        assertThat(received.linkedCase().ageBand()).isEqualTo(AgeBand.ADULT_18_29);
        assertThat(received.mayResolve()).isFalse();
        mvc.perform(get("/committees/" + district.getParentId()).with(user(provincialMember)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issue)));
        assertThat(escalations.sent(districtMember, district.getId())).extracting(view -> view.escalation().getId())
                .contains(escalation.getId());

        assertThatThrownBy(() -> escalations.resolve(provincialMember, escalation.getId(), "ok", null))
                .isInstanceOf(AccessDeniedException.class);
        Escalation resolved = escalations.resolve(fixtures.user("admin"), escalation.getId(), "Shelter place found in the province",
                escalation.getVersion());
        assertThat(resolved.getStatus()).isEqualTo(EscalationStatus.RESOLVED);
        assertThatThrownBy(() -> escalations.resolve(fixtures.user("admin"), escalation.getId(), null, null))
                .hasMessage("committees.error.alreadyResolved");
    }

    @Test
    void theNationalCommitteeHasNothingAboveAndCasesOutsideTheJurisdictionAreRefused() {
        Committee district = fixtures.districtCommittee();
        RabtaUser admin = fixtures.user("admin");
        Committee national = committees.find(committees.find(district.getParentId()).getParentId());
        assertThatThrownBy(() -> escalations.escalate(admin, national.getId(), new EscalationForm("Anything", "")))
                .hasMessage("committees.error.nothingAbove");
        String elsewhere = fixtures.queuedCaseIn("PK501");
        String neverReferred = fixtures.caseIn(district.getDistrictCode());
        for (String other : List.of(elsewhere, neverReferred, "PB-2026-999999")) {
            assertThatThrownBy(() -> escalations.escalate(admin, district.getId(), new EscalationForm("About a case", other)))
                    .hasMessage("committees.error.caseNotSeen");
        }
    }
}
