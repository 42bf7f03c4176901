package org.rabta.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseLifecycle;
import org.rabta.committees.ActionItemForm;
import org.rabta.committees.ActionItemService;
import org.rabta.committees.Committee;
import org.rabta.committees.Meeting;
import org.rabta.committees.MeetingForm;
import org.rabta.committees.MeetingService;
import org.rabta.directory.ServiceType;
import org.rabta.notifications.Notification;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralAction;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.rabta.screening.Screening;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A scripted day of work: screenings submitted and returned, a case marked for follow-up, referrals sent, declined,
 * sent on a consent override and overdue, and an action item assigned at a committee meeting. Then, for every demo
 * user, each of the day's records is on exactly the work lists of the people it waits for (and on no one else's),
 * the notifications went to the right people, every link of every home page opens, and the count in the navigation
 * is the number of items the home page counts, which is the number the lists' own pages hold.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class WorkListsDayOfWorkTest {

    private static final List<String> DEMO_USERS = List.of("admin", "fia.lahore", "fia.lahore.supervisor", "fia.karachi",
            "fia.karachi.supervisor", "police.lahore", "ngo.lahore", "swd.punjab", "cpwb.punjab", "committee.lahore", "analyst");

    private final MockMvc mvc;
    private final WorkFixtures fixtures;
    private final CaseLifecycle cases;
    private final ReferralsApi referrals;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final NotificationService notifications;
    private final ObjectProvider<WorkList> workLists;

    @Test
    void eachDemoUserFindsExactlyWhatWaitsForThem() throws Exception {
        // A HIGH referral to the shelter that nobody accepts within its 72 hours.
        String overdueCase = register("fia.lahore", 30, true);
        Referral overdue = fixtures.overdueShelterReferral(overdueCase, "NGO-LHR-SHELTER", "Needs a safe place.");

        // A screening submitted and awaiting the supervisor; the case marked for follow-up and referred in an emergency.
        String awaitingCase = register("fia.lahore", 24, true);
        Screening awaiting = fixtures.submittedScreening(awaitingCase);
        cases.markFollowUp(demo("fia.lahore"), awaitingCase, true);
        Referral emergency = fixtures.shelterReferral(awaitingCase, "NGO-LHR-SHELTER", Urgency.EMERGENCY, "Tonight.");

        // A screening the supervisor returns; its case's referral to Social Welfare is declined.
        String returnedCase = register("fia.lahore", 19, true);
        Screening returned = fixtures.returnedScreening(returnedCase, "Ask about the recruiter.");
        Referral declined = fixtures.shelterReferral(returnedCase, "PB-SWD", Urgency.NORMAL, "A place for two weeks.");
        referrals.act(demo("swd.punjab"), declined.getId(), ReferralAction.DECLINE, "No place this month.", null, null);

        // An emergency referral the supervisor sends without the person's consent, and a case without an age.
        String noConsentCase = register("fia.lahore", 35, false);
        Referral overridden = referrals.create(demo("fia.lahore.supervisor"), noConsentCase,
                new ReferralRequest("NGO-LHR-SHELTER", ServiceType.SHELTER, Urgency.EMERGENCY, "Injured.",
                        "Unconscious, in danger tonight.", null, false));
        String ageUnknownCase = register("fia.lahore", null, true);

        // The Lahore committee's secretary records a meeting and gives FIA Lahore an action item.
        Committee lahore = fixtures.lahoreCommittee();
        Meeting meeting = meetings.record(demo("swd.punjab"), lahore.getId(), new MeetingForm(today(), "DC Office Lahore",
                "Overdue referrals", null, null, Set.of(), null));
        String task = "Report on the shelter referrals " + UUID.randomUUID();
        actionItems.addActionItem(demo("swd.punjab"), lahore.getId(), meeting.getId(),
                new ActionItemForm(task, "agency:FIA-AHTC-LHR", today().plusDays(7), null, null));

        Map<String, Set<String>> placed = placements();
        assertThat(placed.get("/cases/" + awaitingCase)).containsExactly("fia.lahore:followUp");
        assertThat(placed.get("/cases/" + awaitingCase + "/screenings/" + awaiting.getId()))
                .containsExactly("fia.lahore.supervisor:screeningsToConfirm");
        assertThat(placed.get("/cases/" + returnedCase + "/screenings/" + returned.getId()))
                .containsExactly("fia.lahore:returnedScreenings");
        assertThat(placed.get("/referrals/" + declined.getId())).containsExactly("fia.lahore:sentReferrals");
        assertThat(placed.get("/referrals/" + emergency.getId())).containsExactly("ngo.lahore:incomingReferrals");
        assertThat(placed.get("/referrals/" + overdue.getId()))
                .containsExactlyInAnyOrder("fia.lahore:sentReferrals", "ngo.lahore:incomingReferrals");
        assertThat(placed.get("/referrals/" + overridden.getId()))
                .containsExactlyInAnyOrder("fia.lahore.supervisor:consentOverrides", "ngo.lahore:incomingReferrals");
        // The review queue is a committee term's, not a role's: the secretary is a caseworker.
        assertThat(placed.get("/review/" + overdue.getId()))
                .contains("committee.lahore:queueOverdue", "swd.punjab:queueOverdue")
                .noneMatch(where -> where.startsWith("fia.karachi") || where.startsWith("analyst") || where.startsWith("admin:"));
        // FIA Lahore sits on the committee through its supervisor; the other members see the item as the committee's.
        Set<String> taskPlaces = placed.get("/committees/" + lahore.getId() + "/meetings/" + meeting.getId());
        assertThat(taskPlaces).contains("fia.lahore.supervisor:myActionItems", "committee.lahore:committeeActionItems")
                .doesNotContain("fia.lahore:myActionItems", "committee.lahore:myActionItems")
                .noneMatch(where -> where.startsWith("fia.karachi") || where.startsWith("analyst"));
        assertThat(placed.get("/cases/" + ageUnknownCase)).isNull();
        assertThat(labels("analyst", "incompleteCases")).contains("FIA Anti-Human Trafficking Circle Lahore");
        assertThat(placed.get("/cases/" + noConsentCase)).isNull();

        // The notices of the day.
        assertThat(notified("fia.lahore.supervisor", NotificationKind.SCREENING_SUBMITTED)).contains(awaiting.getId(), returned.getId());
        assertThat(notified("fia.lahore", NotificationKind.SCREENING_RETURNED)).contains(returned.getId());
        assertThat(notified("fia.lahore", NotificationKind.SCREENING_SUBMITTED)).doesNotContain(awaiting.getId());
        assertThat(notified("fia.lahore", NotificationKind.DECLINED)).contains(declined.getId());

        for (String username : DEMO_USERS) {
            homePageOpensEveryLinkAndCountsItsItems(username);
        }
    }

    /** For each record's link, where it is listed: "user:list" for every demo user and every work list. */
    private Map<String, Set<String>> placements() {
        Map<String, Set<String>> placed = new HashMap<>();
        for (String username : DEMO_USERS) {
            TestingAuthenticationToken authentication = new TestingAuthenticationToken(demo(username), null);
            workLists.orderedStream().forEach(list -> list.find(authentication, 0, WorkItems.CAP).items().forEach(item ->
                    placed.computeIfAbsent(item.href(), href -> new HashSet<>()).add(username + ":" + list.name())));
        }
        return placed;
    }

    private List<String> labels(String username, String listName) {
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(demo(username), null);
        return workLists.orderedStream().filter(list -> list.name().equals(listName)).findFirst().orElseThrow()
                .find(authentication, 0, WorkItems.CAP).items().stream().map(WorkItem::label).toList();
    }

    private List<Long> notified(String username, NotificationKind kind) {
        return notifications.list(demo(username), 0).getContent().stream().filter(notice -> notice.kind() == kind)
                .map(Notification::subjectId).toList();
    }

    /**
     * The home page: every item a link that opens (200), each list's count the number its own pages hold, and the
     * navigation's count the sum of the lists' counts.
     */
    private void homePageOpensEveryLinkAndCountsItsItems(String username) throws Exception {
        RabtaUser signedIn = demo(username);
        Document home = page(signedIn, "/");
        int sum = 0;
        for (Element list : home.select("#work-lists section")) {
            int total = Integer.parseInt(list.selectFirst(".card-header .badge").text());
            sum += total;
            for (Element link : list.select("ul.work-items a")) {
                MvcResult opened = mvc.perform(get(link.attr("href")).with(user(signedIn))).andReturn();
                assertThat(opened.getResponse().getStatus()).as(username + " opens " + link.attr("href")).isEqualTo(200);
            }
            String name = list.attr("aria-labelledby").substring("work-".length());
            assertThat(itemsOnItsPages(signedIn, name)).as(username + ": " + name).isEqualTo(total);
        }
        Document count = page(signedIn, "/home/count");
        String shown = count.select(".badge > span").isEmpty() ? "0" : count.selectFirst(".badge > span").text();
        assertThat(shown).as(username + "'s count in the navigation").isEqualTo(sum > 99 ? "99+" : String.valueOf(sum));
    }

    private int itemsOnItsPages(RabtaUser signedIn, String name) throws Exception {
        int items = 0;
        for (int pageNumber = 0; ; pageNumber++) {
            Document page = page(signedIn, "/work/" + name + "?page=" + pageNumber);
            items += page.select("ul.work-items > li").size();
            if (page.select("a.page-link[href$='page=" + (pageNumber + 1) + "']").isEmpty()) {
                return items;
            }
        }
    }

    private Document page(RabtaUser signedIn, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(signedIn))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private RabtaUser demo(String username) {
        return fixtures.demo(username);
    }

    private String register(String username, Integer age, boolean consent) {
        return fixtures.register(username, age, consent);
    }
}
