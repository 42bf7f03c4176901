package org.rabta.committees;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The committee screens render in both languages, show errors beside the fields, and keep admin screens to admins. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeScreensTest {

    private final CommitteeFixtures fixtures;

    private final MockMvc mvc;

    @Test
    void theRosterPageShowsTheRosterItsGapsAndExportsInEnglishAndUrdu() throws Exception {
        Committee lahore = fixtures.lahore();
        mvc.perform(get("/committees/" + lahore.getId()).with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ali Raza")))
                .andExpect(content().string(containsString("Deputy Commissioner Lahore")))
                .andExpect(content().string(containsString("Not represented: Labour.")))
                .andExpect(content().string(containsString("roster.pdf")))
                .andExpect(content().string(containsString("End term")));
        mvc.perform(get("/committees/" + lahore.getId()).param("lang", "ur").with(user(fixtures.user("committee.lahore"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("نمائندگی موجود نہیں: محنت۔")))
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("End term"))));
        mvc.perform(get("/committees").with(user(fixtures.user("committee.lahore"))))
                .andExpect(content().string(containsString("Lahore District Anti-Trafficking Committee")));
    }

    @Test
    void aCommitteeNobodyHasSatOnYetSaysSoInsteadOfAnEmptyHistory() throws Exception {
        Committee fresh = fixtures.districtCommittee();
        mvc.perform(get("/committees/" + fresh.getId()).with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody has held a term on this committee yet.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("roster-history"))));
    }

    @Test
    void aBrokenRosterRuleIsShownBesideItsField() throws Exception {
        Committee lahore = fixtures.lahore();
        mvc.perform(post("/committees/" + lahore.getId() + "/memberships").with(csrf()).with(user(fixtures.user("admin")))
                        .param("externalName", "Second Chair").param("agencyCode", "PB-CPWB").param("role", "CHAIR")
                        .param("from", today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"role-error\"")))
                .andExpect(content().string(containsString("one chair at a time")))
                .andExpect(content().string(containsString("value=\"Second Chair\"")));
        mvc.perform(post("/committees/" + lahore.getId() + "/memberships").with(csrf()).with(user(fixtures.user("admin")))
                        .param("externalName", "No Date").param("agencyCode", "PB-CPWB").param("role", "MEMBER")
                        .param("email", "not-an-email").param("lang", "ur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString("درست ای میل پتا درج کریں")));
    }

    @Test
    void adminScreensAreForAdminsOnly() throws Exception {
        Committee lahore = fixtures.lahore();
        RabtaUser member = fixtures.user("committee.lahore");
        mvc.perform(get("/committees/new").with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/committees/sectors").with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/committees/" + lahore.getId() + "/memberships/new").with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/committees/" + lahore.getId() + "/meetings/new").with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/committees/new").with(user(fixtures.user("admin")))).andExpect(status().isOk());
        mvc.perform(get("/committees/sectors").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PB-SWD")));
        mvc.perform(get("/committees/" + lahore.getId() + "/memberships/new").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void aNewCommitteeNeedsItsJurisdiction() throws Exception {
        mvc.perform(post("/committees").with(csrf()).with(user(fixtures.user("admin")))
                        .param("level", "DISTRICT").param("nameEn", "Somewhere").param("nameUr", "کہیں"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"districtCode-error\"")))
                .andExpect(content().string(containsString("Choose the district of a district committee.")));
    }

    @Test
    void theSecretaryRecordsAMeetingAndItsActionItemOnScreen() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        Membership chair = fixtures.add(committee.getId(), userTerm("police.lahore", "PB-POLICE-LHR", MembershipRole.CHAIR,
                today().minusMonths(1), null));
        fixtures.add(committee.getId(), userTerm(secretary.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusMonths(1), null));

        mvc.perform(get("/committees/" + committee.getId() + "/meetings/new").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shahid Iqbal")));
        String meetingUrl = mvc.perform(post("/committees/" + committee.getId() + "/meetings").with(csrf()).with(user(secretary))
                        .param("heldOn", today().minusDays(1).toString()).param("place", "DC Office")
                        .param("agenda", "Review").param("attendees", chair.getId().toString()).param("guests", "Amna Bibi, IOM"))
                .andExpect(redirectedUrlPattern("/committees/" + committee.getId() + "/meetings/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(meetingUrl).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amna Bibi, IOM (guest)")))
                .andExpect(content().string(containsString("Add an action item")));
        mvc.perform(post(meetingUrl + "/actions").with(csrf()).with(user(secretary))
                        .param("description", "Report back").param("owner", "agency:PB-POLICE-LHR")
                        .param("dueOn", today().plusDays(7).toString()).param("caseNumber", "PB-1-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"caseNumber-error\"")));
        mvc.perform(post(meetingUrl + "/actions").with(csrf()).with(user(secretary))
                        .param("description", "Report back").param("owner", "agency:PB-POLICE-LHR")
                        .param("dueOn", today().plusDays(7).toString()).param("caseNumber", ""))
                .andExpect(redirectedUrl(meetingUrl));
        mvc.perform(get("/committees/" + committee.getId()).with(user(secretary)))
                .andExpect(content().string(containsString("Report back")))
                .andExpect(content().string(matchesPattern("(?s).*Record a meeting.*")));
    }
}
