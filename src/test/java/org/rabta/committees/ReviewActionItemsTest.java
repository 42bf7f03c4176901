package org.rabta.committees;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReviewActionItems;
import org.rabta.referrals.ReviewAdditions;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.PUNJAB;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An action item added on a referral's review page is a committee action item like a meeting's: the reviewer picks the
 * committee among those whose queue holds the referral, an owner from its roster of the day and a due date, and the
 * item stays among that committee's open items until it is done.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ReviewActionItemsTest {

    private final CommitteeFixtures fixtures;

    private final ReviewAdditions reviews;

    private final ActionItemService actionItems;

    private final CommitteeService committees;

    private final MockMvc mvc;

    @Test
    void theReviewerPicksTheCommitteeAndAnOwnerFromItsRosterAndTheItemJoinsItsOpenItemsUntilDone() throws Exception {
        Committee district = fixtures.districtCommittee();
        Committee punjab = committees.activeFor(CommitteeLevel.PROVINCIAL, PUNJAB, null).orElseThrow();
        RabtaUser reviewer = fixtures.newUser("PB-SWD", Role.CASEWORKER);
        RabtaUser owner = fixtures.newUser("PB-CPWB", Role.CASEWORKER);
        RabtaUser districtOnly = fixtures.newUser("PB-CPWB", Role.CASEWORKER);
        fixtures.add(district.getId(), userTerm(reviewer.username(), "PB-SWD", MembershipRole.SECRETARY, today().minusDays(5), null));
        Membership districtTerm = fixtures.add(district.getId(), userTerm(districtOnly.username(), "PB-CPWB", MembershipRole.MEMBER,
                today().minusDays(5), null));
        fixtures.add(punjab.getId(), userTerm(reviewer.username(), "PB-SWD", MembershipRole.MEMBER, today().minusDays(5), null));
        Membership ownerTerm = fixtures.add(punjab.getId(), userTerm(owner.username(), "PB-CPWB", MembershipRole.MEMBER,
                today().minusDays(5), null));
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());

        // Both committees' queues hold the referral: the page offers both, the district's first.
        mvc.perform(get("/review/" + referral.getId()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + district.getId() + "\"")))
                .andExpect(content().string(containsString("<option value=\"" + punjab.getId() + "\"")))
                .andExpect(content().string(containsString("value=\"member:" + ownerTerm.getId() + "\"")));

        // An owner from another committee's roster is refused beside the owner field; nothing is saved.
        assertThatThrownBy(() -> reviews.addActionItem(reviewer, referral.getId(), new ReviewActionItems.Request(punjab.getId(),
                "member:" + districtTerm.getId(), today().plusDays(3), "Not on this roster")))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.violations())
                        .extracting(Violation::field).containsExactly("owner"));

        mvc.perform(post("/review/" + referral.getId() + "/actions").with(csrf()).with(user(reviewer))
                        .param("committee", String.valueOf(punjab.getId())).param("owner", "member:" + ownerTerm.getId())
                        .param("due", today().plusDays(3).toString()).param("what", "Find a child-safe shelter place"))
                .andExpect(status().is3xxRedirection());

        List<ActionItemView> open = actionItems.openItems(reviewer, punjab.getId());
        ActionItemView item = open.stream().filter(view -> view.item().getReferralId() != null
                && view.item().getReferralId().equals(referral.getId())).findFirst().orElseThrow();
        assertThat(item.item().getMeetingId()).isNull();
        assertThat(item.item().getOwnerMembershipId()).isEqualTo(ownerTerm.getId());
        assertThat(item.item().getOwnerUserId()).isEqualTo(owner.id());
        assertThat(item.item().getOwnerAgencyId()).isEqualTo(ownerTerm.getAgencyId());
        assertThat(item.item().getDueOn()).isEqualTo(today().plusDays(3));
        assertThat(item.item().getStatus()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(item.item().getCaseNumber()).isEqualTo(referral.getCaseNumber());
        assertThat(actionItems.openItems(reviewer, district.getId()))
                .noneMatch(view -> referral.getId().equals(view.item().getReferralId()));
        mvc.perform(get("/committees/" + punjab.getId()).with(user(reviewer)))
                .andExpect(content().string(containsString("Find a child-safe shelter place")));

        // The owner marks it done: it leaves the open items.
        actionItems.setStatus(owner, item.item().getId(), ActionItemStatus.DONE, item.item().getVersion());
        assertThat(actionItems.openItems(reviewer, punjab.getId())).noneMatch(view -> view.item().getId().equals(item.item().getId()));
        mvc.perform(get("/committees/" + punjab.getId()).with(user(reviewer)))
                .andExpect(content().string(not(containsString("Find a child-safe shelter place"))));
    }

    @Test
    void aReviewerWhoseCommitteesDoNotHoldTheReferralCannotGiveItToAnother() {
        Committee district = fixtures.districtCommittee();
        RabtaUser reviewer = fixtures.member(district, "PB-SWD", Role.CASEWORKER, MembershipRole.MEMBER,
                today().minusDays(5), null);
        Referral referral = fixtures.emergencyReferralIn(district.getDistrictCode());
        long lahore = fixtures.lahore().getId();

        assertThatThrownBy(() -> reviews.addActionItem(reviewer, referral.getId(), new ReviewActionItems.Request(lahore,
                "agency:PB-SWD", today().plusDays(3), "Another committee's")))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.violations())
                        .extracting(Violation::field).containsExactly("committee"));
        assertThat(actionItems.openItems(fixtures.user("admin"), lahore))
                .noneMatch(view -> referral.getId().equals(view.item().getReferralId()));
    }
}
