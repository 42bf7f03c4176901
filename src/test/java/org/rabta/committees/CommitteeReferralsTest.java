package org.rabta.committees;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.ReviewArea;
import org.rabta.referrals.ReviewEntry;
import org.rabta.referrals.ReviewJurisdictions;
import org.rabta.referrals.ReviewPage;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review queue follows committee terms; a district committee escalates a referral to its province's committee. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeReferralsTest {

    private final CommitteeFixtures fixtures;
    private final ReviewJurisdictions jurisdictions;
    private final CommitteeReferrals committeeReferrals;
    private final EscalationService escalations;
    private final ReferralsApi referrals;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final ReviewPage reviews;
    private final MutableClock clock;
    private final MockMvc mvc;

    @Test
    void aMembersReviewAreasAreTheJurisdictionsOfTheirCurrentTerms() {
        assertThat(jurisdictions.areasOf(fixtures.user("committee.lahore"))).containsExactly(new ReviewArea("PK6", "PK617"));
        Committee committee = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(3), today().plusDays(1));
        assertThat(jurisdictions.areasOf(member)).containsExactly(new ReviewArea(committee.getProvinceCode(), committee.getDistrictCode()));
        clock.advance(Duration.ofDays(2));
        assertThat(jurisdictions.areasOf(member)).isEmpty();
    }

    @Test
    void theCommitteeQueueIsPseudonymisedAndClosesWhenTheTermEnds() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(3), today().plusDays(1));
        Referral referral = fixtures.emergencyReferralIn(committee.getDistrictCode());
        Referral elsewhere = fixtures.emergencyReferralIn(LAHORE);

        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/referrals").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].referralId", hasItem(referral.getId().intValue())))
                .andExpect(jsonPath("$.items[*].referralId", not(hasItem(elsewhere.getId().intValue()))))
                .andExpect(content().string(not(containsString("Nasreen"))))
                .andExpect(content().string(not(containsString("Allah Ditta"))))
                .andExpect(content().string(not(containsString("35202-"))));

        clock.advance(Duration.ofDays(2));
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/referrals").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> committeeReferrals.queue(member, committee.getId(), 0)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aDistrictCommitteeEscalatesAReferralWhichTheProvincialCommitteeSeesInItsQueue() throws Exception {
        Committee district = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        RabtaUser provincialMember = fixtures.newUser("PB-CPWB", Role.COMMITTEE_MEMBER);
        fixtures.add(district.getId(), userTerm(secretary.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusDays(3), null));
        fixtures.add(district.getParentId(), userTerm(provincialMember.username(), "PB-CPWB", MembershipRole.MEMBER,
                today().minusDays(3), null));
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());

        Escalation escalation = committeeReferrals.escalate(secretary, district.getId(), referral.getId(),
                "The shelter has not answered an emergency referral");
        assertThat(escalation.getReferralId()).isEqualTo(referral.getId());
        assertThat(escalation.getToCommitteeId()).isEqualTo(district.getParentId());
        assertThatThrownBy(() -> committeeReferrals.escalate(secretary, district.getId(), referral.getId(), "Again"))
                .hasMessage("committees.error.referralAlreadyEscalated");

        CommitteeReferrals.Queue provincial = committeeReferrals.queue(provincialMember, district.getParentId(), 0);
        assertThat(provincial.escalatedHere()).contains(referral.getId());
        assertThat(provincial.referrals().getContent()).extracting(summary -> summary.referralId()).contains(referral.getId());
        mvc.perform(get("/api/v1/committees/" + district.getParentId() + "/referrals")
                        .with(httpBasic(provincialMember.username(), PASSWORD)))
                .andExpect(jsonPath("$.escalated", hasItem(referral.getId().intValue())));

        Referral elsewhere = fixtures.emergencyReferralIn(LAHORE);
        assertThatThrownBy(() -> committeeReferrals.escalate(secretary, district.getId(), elsewhere.getId(), "Not ours"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(escalations.received(provincialMember, district.getParentId())).extracting(view -> view.escalation().getId())
                .contains(escalation.getId());
    }

    @Test
    void aTermNotARoleOpensTheCommitteePageQueueWhoseSecretaryEscalatesFromIt() throws Exception {
        Committee district = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.secretary(district, Role.CASEWORKER, today().minusDays(3));
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());
        String caseNumber = referral.getCaseNumber();

        mvc.perform(get("/committees/" + district.getId()).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(not(containsString("Nasreen"))))
                .andExpect(content().string(not(containsString("35202-"))));

        mvc.perform(post("/committees/" + district.getId() + "/referrals/escalations").with(user(secretary)).with(csrf())
                        .param("referralId", referral.getId().toString()).param("issue", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("referralEscalationError", "committees.error.issueRequired"));
        mvc.perform(post("/committees/" + district.getId() + "/referrals/escalations").with(user(secretary)).with(csrf())
                        .param("referralId", referral.getId().toString()).param("issue", "No shelter answered"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "committees.escalation.sent"));
        assertThat(escalations.sent(secretary, district.getId())).extracting(view -> view.escalation().getReferralId())
                .containsExactly(referral.getId());
    }

    @Test
    void aTermNotARoleOpensTheReviewPageAndItsNotesUntilTheTermEnds() throws Exception {
        Committee district = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.newUser("PB-SWD", Role.CASEWORKER);
        RabtaUser colleague = fixtures.newUser("PB-SWD", Role.CASEWORKER);
        fixtures.add(district.getId(), userTerm(secretary.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusDays(3),
                today().plusDays(1)));
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());
        Referral elsewhere = fixtures.emergencyReferralIn(LAHORE);

        mvc.perform(get("/committees/" + district.getId()).with(user(secretary)))
                .andExpect(content().string(containsString("href=\"/review/" + referral.getId() + "\"")));
        mvc.perform(get("/committees/" + district.getId()).with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                // an admin manages the committee but sees no case data, not even pseudonymised
                .andExpect(content().string(not(containsString(referral.getCaseNumber()))))
                .andExpect(content().string(not(containsString("href=\"/review/" + referral.getId() + "\""))));
        mvc.perform(get("/review/" + referral.getId()).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(referral.getCaseNumber())))
                .andExpect(content().string(not(containsString("Nasreen"))));
        mvc.perform(post("/review/" + referral.getId() + "/notes").with(user(secretary)).with(csrf())
                        .param("body", "The secretary asked the shelter to answer"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "referrals.review.noteAdded"));
        assertThat(reviews.review(secretary, referral.getId()).reviews()).extracting(ReviewEntry::body)
                .containsExactly("The secretary asked the shelter to answer");

        mvc.perform(get("/review/" + elsewhere.getId()).with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(post("/review/" + elsewhere.getId() + "/notes").with(user(secretary)).with(csrf()).param("body", "Not ours"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/" + referral.getId()).with(user(colleague))).andExpect(status().isNotFound());
        mvc.perform(post("/review/" + referral.getId() + "/notes").with(user(colleague)).with(csrf()).param("body", "No term"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review").with(user(colleague))).andExpect(status().isNotFound());

        clock.advance(Duration.ofDays(2));
        mvc.perform(get("/review/" + referral.getId()).with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(post("/review/" + referral.getId() + "/notes").with(user(secretary)).with(csrf()).param("body", "Term over"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/review/" + referral.getId() + "/actions").with(user(secretary)).with(csrf()).param("what", "Term over")
                        .param("committee", String.valueOf(district.getId())).param("owner", "agency:PB-SWD")
                        .param("due", today().plusDays(5).toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/" + referral.getId()).with(user(fixtures.user("police.lahore"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The secretary asked the shelter to answer")));
    }

    @Test
    void anActionItemFollowsUpAReferralOfTheQueueShownPseudonymised() throws Exception {
        Committee district = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.secretary(district, Role.COMMITTEE_MEMBER, today().minusDays(30));
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());
        Referral elsewhere = fixtures.emergencyReferralIn(LAHORE);
        Meeting meeting = meetings.record(secretary, district.getId(), new MeetingForm(today().minusDays(1), "DC Office",
                "Emergency referrals", "Reviewed.", "Follow up the shelter.", Set.of(), ""));

        ActionItem item = actionItems.addActionItem(secretary, district.getId(), meeting.getId(),
                new ActionItemForm("Call the shelter today", "agency:PB-SWD", today().plusDays(2), "", referral.getId()));
        assertThat(item.getReferralId()).isEqualTo(referral.getId());
        assertThat(item.getCaseNumber()).isEqualTo(referral.getCaseNumber());
        assertThatThrownBy(() -> actionItems.addActionItem(secretary, district.getId(), meeting.getId(),
                new ActionItemForm("Not ours", "agency:PB-SWD", today().plusDays(2), "", elsewhere.getId())))
                .hasMessage("committees.error.referralOutsideQueue");

        mvc.perform(get("/committees/" + district.getId() + "/meetings/" + meeting.getId()).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(referral.getCaseNumber())))
                .andExpect(content().string(containsString("href=\"/review/" + referral.getId() + "\"")))
                .andExpect(content().string(not(containsString("Nasreen"))))
                .andExpect(content().string(not(containsString("35202-"))));
    }
}
