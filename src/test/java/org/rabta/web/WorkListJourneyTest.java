package org.rabta.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.committees.Committee;
import org.rabta.referrals.Referral;
import org.rabta.referrals.Urgency;
import org.rabta.screening.Screening;
import org.rabta.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.support.TestUsers.PASSWORD;

/**
 * Each role signs in and reaches the work waiting for it from the home page by clicking, in English and in Urdu
 * (right to left): the caseworker a returned screening, the supervisor a screening to confirm, the shelter a new
 * referral, a committee member an overdue referral of the review queue, the analyst an agency's incomplete cases, the
 * administrator a committee with roster gaps. The count in the navigation is there, and every page passes axe-core.
 */
@RequiredArgsConstructor
class WorkListJourneyTest extends BrowserTest {

    private final WorkFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void caseworkerOpensAReturnedScreening(String language) {
        String caseNumber = fixtures.register("fia.lahore", 22, true);
        Screening screening = fixtures.returnedScreening(caseNumber, "Ask about the agent.");
        home("fia.lahore", language);
        open("returnedScreenings", "/cases/" + caseNumber + "/screenings/" + screening.getId());
        assertThat(page.locator("main")).containsText("Ask about the agent.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void supervisorOpensAScreeningToConfirm(String language) {
        String caseNumber = fixtures.register("fia.lahore", 27, true);
        Screening screening = fixtures.submittedScreening(caseNumber);
        home("fia.lahore.supervisor", language);
        open("screeningsToConfirm", "/cases/" + caseNumber + "/screenings/" + screening.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void shelterOpensANewReferral(String language) {
        String caseNumber = fixtures.register("fia.lahore", 31, true);
        Referral referral = fixtures.shelterReferral(caseNumber, "NGO-LHR-SHELTER", Urgency.EMERGENCY, "Tonight.");
        home("ngo.lahore", language);
        open("incomingReferrals", "/referrals/" + referral.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void committeeMemberOpensAnOverdueReferralOfTheQueue(String language) {
        String caseNumber = fixtures.register("fia.lahore", 29, true);
        Referral referral = fixtures.overdueShelterReferral(caseNumber, "PB-SWD", "A place for a month.");
        home("committee.lahore", language);
        open("queueOverdue", "/review/" + referral.getId());
        assertThat(page.locator("h1")).containsText(caseNumber);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void analystOpensTheStatisticsOfAnAgencyWithIncompleteCases(String language) {
        fixtures.register("fia.lahore", null, true);
        home("analyst", language);
        open("incompleteCases", "/statistics?agencyType=FIA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void administratorOpensACommitteeWithRosterGaps(String language) {
        Committee lahore = fixtures.lahoreCommittee();
        home("admin", language);
        open("rosterGaps", "/committees/" + lahore.getId());
    }

    /** Signs in, in that language, on the home page: right to left in Urdu, the count in the navigation, axe-core. */
    private void home(String username, String language) {
        signIn(username, PASSWORD);
        inLanguage(language);
        // A fresh navigation rather than a reload: the page the sign-in lands on may still be loading its count.
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ur") ? "rtl" : "ltr");
        // htmx fetches the count after the page loads; on a busy machine that takes longer than the default 5 s.
        assertThat(page.locator("#waiting-count .badge")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertAccessible();
    }

    /**
     * Clicks the list's link to the page (on the home page, or on the list's own pages: "see all", then "next"), arrives
     * there, and the page passes axe-core.
     */
    private void open(String list, String href) {
        String link = "ul.work-items a[href='" + href + "']";
        Locator section = page.locator("section[aria-labelledby='work-" + list + "']");
        if (section.locator(link).count() == 0) {
            section.locator("a[href^='/work/']").click();
            assertAccessible();
            for (int next = 1; page.locator(link).count() == 0; next++) {
                page.locator("a.page-link[href$='page=" + next + "']").click();
            }
        }
        page.locator(link).first().click();
        assertThat(page).hasURL(url(href));
        assertAccessible();
    }
}
