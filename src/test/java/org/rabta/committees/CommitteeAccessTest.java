package org.rabta.committees;

import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.committees.CommitteeFixtures.MemberTerm;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.rabta.committees.CommitteeFixtures.userTerm;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Principals.asSystem;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Committees are reached through current terms: the day after a term ends, its committee answers 404. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CommitteeAccessTest {

    private final CommitteeFixtures fixtures;

    private final CommitteeService committees;

    private final MutableClock clock;

    private final MockMvc mvc;

    private final CommitteeAccess access;

    private final JdbcClient jdbc;

    private final Transactions transactions;

    /**
     * A home page asks for the reader's terms five times, in one transaction: they are read once in it, read again
     * when a term changes in it, and afresh in the next transaction (the next page), never carried from one to another.
     */
    @Test
    void currentTermsAreReadOncePerTransactionAgainAfterAChangeInItAndAfreshInTheNext() {
        Committee first = fixtures.districtCommittee();
        Committee second = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(first, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(5), null);

        transactions.executeWithoutResult(status -> {
            List<Term> read = access.currentTerms(member);
            assertThat(read).extracting(Term::committeeId).containsExactly(first.getId());
            assertThat(access.currentTerms(member)).isSameAs(read);

            fixtures.add(second.getId(), userTerm(member.username(), "PB-SWD", MembershipRole.MEMBER, today().minusDays(2), null));
            assertThat(access.currentTerms(member)).extracting(Term::committeeId)
                    .containsExactlyInAnyOrder(first.getId(), second.getId());
        });
        // Ended as another instance of Rabta would end it: nothing here is told.
        jdbc.sql("update committee_membership set term_to = :yesterday where committee_id = :committee and user_id = :user")
                .param("yesterday", today().minusDays(1)).param("committee", second.getId()).param("user", member.id())
                .update();

        List<Term> after = transactions.execute(status -> access.currentTerms(member));
        assertThat(after).extracting(Term::committeeId).containsExactly(first.getId());
    }

    @Test
    void aMemberReachesTheCommitteeWhileTheTermLastsAndGetsNotFoundOnceItEnds() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(5), today().plusDays(3));

        assertThat(committees.visible(member)).extracting(Committee::getId).containsExactly(committee.getId());
        mvc.perform(get("/committees/" + committee.getId()).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(committee.getNameEn())));
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isOk());

        clock.advance(Duration.ofDays(4));

        assertThat(committees.visible(member)).isEmpty();
        assertThatThrownBy(() -> committees.committee(member, committee.getId())).isInstanceOf(RecordNotFoundException.class);
        mvc.perform(get("/committees/" + committee.getId()).with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/committees/" + committee.getId() + "/roster.csv").with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees/" + committee.getId()).with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void endingATermOnScreenAsOfferedClosesTheMembersLinksAtOnce() throws Exception {
        Committee committee = fixtures.districtCommittee();
        MemberTerm held = fixtures.term(committee, "PB-SWD", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().minusDays(5), null);
        RabtaUser member = held.member();
        Membership term = held.term();
        mvc.perform(get("/committees/" + committee.getId()).with(user(member))).andExpect(status().isOk());

        // "End term" offers yesterday as the last day: a term ends when the admin ends it, not at midnight.
        String offered = today().minusDays(1).toString();
        mvc.perform(get("/committees/" + committee.getId()).with(user(fixtures.user("admin"))))
                .andExpect(content().string(containsString("id=\"lastDay-" + term.getId() + "\"")))
                .andExpect(content().string(containsString("value=\"" + offered + "\"")));
        mvc.perform(post("/committees/memberships/" + term.getId() + "/end").with(user(fixtures.user("admin"))).with(csrf())
                        .param("committeeId", String.valueOf(committee.getId())).param("version", String.valueOf(term.getVersion()))
                        .param("lastDay", offered))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "committees.membership.ended"));

        mvc.perform(get("/committees/" + committee.getId()).with(user(member))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees/" + committee.getId() + "/roster?on=" + today().minusDays(2))
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.username())));
    }

    @Test
    void aTermThatHasNotStartedGivesNoAccessYet() throws Exception {
        Committee committee = fixtures.districtCommittee();
        RabtaUser member = fixtures.member(committee, "PB-CPWB", Role.COMMITTEE_MEMBER, MembershipRole.MEMBER,
                today().plusDays(2), null);
        mvc.perform(get("/committees/" + committee.getId()).with(user(member))).andExpect(status().isNotFound());
        clock.advance(Duration.ofDays(2));
        mvc.perform(get("/committees/" + committee.getId()).with(user(member))).andExpect(status().isOk());
    }

    @Test
    void nonMembersGetNotFoundAndAdminsSeeEveryCommittee() throws Exception {
        Committee lahore = fixtures.lahore();
        for (String outsider : new String[] {"fia.karachi", "analyst"}) {
            mvc.perform(get("/committees/" + lahore.getId()).with(user(fixtures.user(outsider)))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/committees/" + lahore.getId()).with(user(fixtures.user("committee.lahore")))).andExpect(status().isOk());
        assertThat(committees.visible(fixtures.user("admin"))).extracting(Committee::getLevel)
                .contains(CommitteeLevel.NATIONAL, CommitteeLevel.PROVINCIAL, CommitteeLevel.DISTRICT);
    }

    @Test
    void oneActiveCommitteePerJurisdictionEachUnderTheLevelAbove() {
        Committee lahore = fixtures.lahore();
        Committee punjab = committees.find(lahore.getParentId());
        assertThat(punjab.getLevel()).isEqualTo(CommitteeLevel.PROVINCIAL);
        assertThat(committees.find(punjab.getParentId()).getLevel()).isEqualTo(CommitteeLevel.NATIONAL);

        assertThatThrownBy(() -> asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null, "PK617",
                "Second Lahore", "دوسری لاہور", null)))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("committees.error.jurisdictionTaken");
        assertThatThrownBy(() -> asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.NATIONAL, null, null,
                "Second national", "دوسری قومی", null)))).hasMessage("committees.error.jurisdictionTaken");
        // Khyber Pakhtunkhwa has no provincial committee in the demo data, so none of its districts can have one yet.
        assertThatThrownBy(() -> asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null, "PK501",
                "Abbottabad", "ایبٹ آباد", null)))).hasMessage("committees.error.noParent.PROVINCIAL");
        assertThatThrownBy(() -> asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null, "PK999",
                "Nowhere", "کہیں نہیں", null)))).hasMessage("committees.error.unknownJurisdiction")
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).hasValue("districtCode"));

        Committee retired = fixtures.districtCommittee();
        asSystem(() -> committees.setStatus(retired.getId(), CommitteeStatus.INACTIVE, null));
        Committee successor = asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null,
                retired.getDistrictCode(), "Successor", "جانشین", retired.getParentId())));
        assertThat(successor.getParentId()).isEqualTo(retired.getParentId());
        assertThatThrownBy(() -> asSystem(() -> committees.setStatus(retired.getId(), CommitteeStatus.ACTIVE, null)))
                .hasMessage("committees.error.jurisdictionTaken");
    }
}
