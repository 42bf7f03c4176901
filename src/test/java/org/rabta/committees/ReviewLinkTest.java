package org.rabta.committees;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.committees.CommitteeFixtures.MemberTerm;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Principals.asSystem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The navigation links to the review queue exactly where the queue opens: a current committee term decides, not the
 * COMMITTEE_MEMBER role (referrals/Reviewers holds the one rule for both).
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ReviewLinkTest {

    private static final String REVIEW_LINK = "href=\"/review\"";

    private final CommitteeFixtures fixtures;
    private final RosterService rosters;
    private final MockMvc mvc;

    @Test
    void aCaseworkerWhoIsACommitteesSecretaryTodaySeesTheReviewLinkAndReachesTheQueue() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser secretary = fixtures.secretary(committee, Role.CASEWORKER, today().minusDays(1));

        mvc.perform(get("/").with(user(secretary))).andExpect(status().isOk())
                .andExpect(content().string(containsString(REVIEW_LINK)));
        mvc.perform(get("/review").with(user(secretary))).andExpect(status().isOk());
    }

    @Test
    void aCaseworkerWithoutATermHasNoLinkAndNoQueue() throws Exception {
        RabtaUser caseworker = fixtures.newUser("PB-SWD", Role.CASEWORKER);

        mvc.perform(get("/").with(user(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(REVIEW_LINK))));
        mvc.perform(get("/review").with(user(caseworker))).andExpect(status().isNotFound());
    }

    @Test
    void aTermThatEndsTakesTheLinkAwayAtOnce() throws Exception {
        Committee committee = fixtures.districtCommittee();
        MemberTerm held = fixtures.term(committee, "PB-SWD", Role.CASEWORKER, MembershipRole.MEMBER,
                today().minusDays(10), null);
        mvc.perform(get("/").with(user(held.member()))).andExpect(content().string(containsString(REVIEW_LINK)));

        asSystem(() -> rosters.endTerm(held.term().getId(), today().minusDays(1), null));

        mvc.perform(get("/").with(user(held.member()))).andExpect(content().string(not(containsString(REVIEW_LINK))));
        mvc.perform(get("/review").with(user(held.member()))).andExpect(status().isNotFound());
    }
}
