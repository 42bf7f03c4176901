package org.rabta.referrals;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.AgeBand;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ReviewQueueTest {

    private final ReviewQueue reviews;

    private final ReviewPage reviewPage;

    private final ReferralMoves moves;

    private final ReferralQueries queries;

    private final ReferralDeadlines deadlines;

    private final ReferralFixtures fixtures;

    private final MockMvc mvc;

    private final MutableClock clock;

    private final MessageSource messages;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RabtaUser member() {
        return fixtures.user("committee.lahore");
    }

    @Test
    void theQueueHoldsOverdueDeclinedEmergencyAndChildReferralsOfTheMembersArea() {
        Referral normal = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        Referral emergency = fixtures.refer("police.lahore", fixtures.caseOf("police.lahore", true),
                ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);
        Referral child = fixtures.refer("fia.lahore", fixtures.childCaseOf("fia.lahore", true), ReferralFixtures.CPWB,
                ServiceType.CHILD_PROTECTION, Urgency.NORMAL);
        Referral declined = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        moves.act(fixtures.user("ngo.lahore"), declined.getId(), ReferralAction.DECLINE, "Full", null, null);

        List<Long> queue = queueIds(member(), List.of(new ReviewArea("PK6", null)));
        assertThat(queue).contains(emergency.getId(), child.getId(), declined.getId()).doesNotContain(normal.getId());
        assertThat(queueIds(member(), List.of(new ReviewArea("PK6", "PK617")))).contains(emergency.getId());
        assertThat(queueIds(member(), List.of(new ReviewArea("PK7", null)))).doesNotContain(emergency.getId());
        assertThat(queueIds(member(), List.of(ReviewArea.national()))).contains(emergency.getId());

        clock.advance(Duration.ofDays(4));
        deadlines.markOverdue();
        assertThat(queueIds(member(), List.of(new ReviewArea("PK6", null)))).as("72 hours passed").contains(normal.getId());

        ReviewSummary summary = reviews.reviewQueue(member(), PageRequest.of(0, 200)).getContent().stream()
                .filter(s -> s.referralId() == child.getId()).findFirst().orElseThrow();
        assertThat(summary.ageBand()).isEqualTo(AgeBand.CHILD_12_17);
        assertThat(summary.reasons()).contains("CHILD");
        assertThat(summary.providerCode()).isEqualTo(ReferralFixtures.CPWB);
    }

    @Test
    void theAuditTrailNamesTheAreasOfAQueueInWords() {
        reviews.reviewQueue(member(), List.of(new ReviewArea("PK6", "PK617"), new ReviewArea("PK7", null), ReviewArea.national()),
                PageRequest.of(0, 1));

        String details = jdbc.sql("""
                        select terms from audit_event where action = 'REFERRAL_REVIEW_QUEUE_VIEWED'
                        order by id desc limit 1""").query(String.class).single();
        assertThat(details).startsWith("areas: Lahore (PK617), Sindh (PK7), Pakistan");
    }

    @Test
    void whoeverReviewsNowhereHasNoQueue() {
        // A caseworker with a term on the Lahore committee reviews its jurisdiction: the term, not a role, decides.
        assertThat(reviews.reviewQueue(fixtures.user("police.lahore"), PageRequest.of(0, 10))).isNotNull();
        assertThatThrownBy(() -> reviews.reviewQueue(fixtures.user("fia.karachi"), PageRequest.of(0, 10)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reviewPage.review(fixtures.user("fia.karachi"), 1))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void noNameOrIdentifierReachesTheCommitteesPagesOrJson() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.refer("police.lahore", victimCase, ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);
        // As the screening feature records a supervisor's confirmation on the case row.
        jdbc.sql("update victim_case set confirmed_determination = 'TRAFFICKING' where id = :id").param("id", victimCase.getId()).update();
        var member = user(member());
        List<String> secrets = List.of(victimCase.getPerson().getFirstName(), victimCase.getPerson().getLastName(), victimCase.getPerson().getCnic(), "0300-1234567",
                "Shahdara", "Allah Ditta", "Needs a safe place tonight.");

        String queue = mvc.perform(get("/review?page=0").with(member)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(victimCase.getCaseNumber());
        String page = mvc.perform(get("/review/" + referral.getId()).with(member)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(victimCase.getCaseNumber(), "18 to 29", "Trafficking in persons");
        String json = mvc.perform(get("/api/v1/review/referrals").with(httpBasic("committee.lahore", TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains(victimCase.getCaseNumber());
        for (String secret : secrets) {
            assertThat(queue).as("queue page").doesNotContain(secret);
            assertThat(page).as("review page").doesNotContain(secret);
            assertThat(json).as("queue JSON").doesNotContain(secret);
        }
        mvc.perform(get("/referrals/" + referral.getId()).with(member)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + victimCase.getCaseNumber()).with(member)).andExpect(status().isNotFound());
    }

    @Test
    void aReviewNoteAndAnActionItemShowOnTheReferralForBothAgencies() throws Exception {
        Referral referral = fixtures.refer("police.lahore", fixtures.caseOf("police.lahore", true),
                ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);
        var member = user(member());
        String lahoreCommittee = jdbc.sql("select id from committee where district_code = 'PK617' and status = 'ACTIVE'")
                .query(String.class).single();
        mvc.perform(post("/review/" + referral.getId() + "/notes").with(csrf()).with(member).param("body", "Why no answer yet?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/review/" + referral.getId() + "/actions").with(csrf()).with(member).param("what", "Call the shelter")
                        .param("committee", lahoreCommittee).param("owner", "agency:PB-SWD")
                        .param("due", LocalDate.now(clock).plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        MvcResult refused = mvc.perform(post("/review/" + referral.getId() + "/actions").with(csrf()).with(member).param("what", "x")
                        .param("committee", lahoreCommittee)).andReturn();
        assertThat(flashedErrors(refused)).containsOnly(entry("owner", "referrals.review.error.ownerNotOnRoster"),
                entry("due", "referrals.review.error.dueRequired"));

        for (String username : List.of("police.lahore", "ngo.lahore")) {
            ReferralDetails details = queries.details(fixtures.user(username), referral.getId());
            assertThat(details.reviews()).extracting(ReviewEntry::body).containsExactly("Why no answer yet?");
            assertThat(details.timeline()).filteredOn(event -> event.type() == ReferralEventType.ACTION_ITEM).singleElement()
                    .satisfies(event -> assertThat(event.note()).startsWith("Call the shelter — Punjab Social Welfare Department"));
        }
    }

    /** The page shown again after a refusal names the limit of an over-long note, in the reader's language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void anOverLongNoteIsRefusedBesideItsFieldWithItsLimit(String language) throws Exception {
        Referral referral = fixtures.refer("police.lahore", fixtures.caseOf("police.lahore", true),
                ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);
        var member = user(member());
        // The page it redirects to, in the same session (its cookie), as a browser follows the redirect.
        Cookie[] session = mvc.perform(post("/review/" + referral.getId() + "/notes").with(csrf()).with(member)
                .param("body", "x".repeat(ReviewAdditions.MAX_TEXT + 1))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookies();

        Document page = Jsoup.parse(mvc.perform(get("/review/" + referral.getId()).with(member).cookie(session)
                        .cookie(new Cookie("rabta-lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        String expected = messages.getMessage("referrals.error.tooLong", new Object[] {ReviewAdditions.MAX_TEXT},
                Locale.forLanguageTag(language));
        assertThat(page.getElementById("note-error")).as("the note's error").isNotNull();
        assertThat(page.getElementById("note-error").text()).isEqualTo(expected);
        assertThat(expected).doesNotContain("{");
        assertThat(page.getElementById("note-body").attr("aria-describedby")).isEqualTo("note-error");
    }

    private static Map<String, String> flashedErrors(MvcResult result) {
        Map<String, String> codes = new HashMap<>();
        ((Map<?, ?>) result.getFlashMap().get("fieldErrors")).forEach((field, message) ->
                codes.put((String) field, ((MessageSourceResolvable) message).getCodes()[0]));
        return codes;
    }

    private List<Long> queueIds(RabtaUser member, List<ReviewArea> areas) {
        return reviews.reviewQueue(member, areas, PageRequest.of(0, 500)).getContent().stream().map(ReviewSummary::referralId).toList();
    }
}
