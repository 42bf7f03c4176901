package org.rabta.referrals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.support.BrowserTest;
import org.rabta.support.MutableClock;
import org.rabta.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police refer a victim to the shelter NGO from the case; the NGO accepts, starts and completes the referral
 * from its inbox; the police read the outcome; a committee member finds an overdue referral in the review queue.
 */
@RequiredArgsConstructor
class ReferralJourneyTest extends BrowserTest {

    private final ReferralFixtures fixtures;

    private final ReferralDeadlines deadlines;

    private final MutableClock clock;

    /**
     * This journey may be the first to render the application's pages; on a busy build machine the first
     * (cold) render of a page can take longer than the default 15 seconds.
     */
    @BeforeEach
    void allowColdPages() {
        context.setDefaultNavigationTimeout(60_000);
        context.setDefaultTimeout(30_000);
    }

    @Test
    void policeReferToTheShelterWhichAcceptsAndCompletesAndTheCommitteeSeesAnOverdueOne() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);

        signIn("police.lahore", TestUsers.PASSWORD);
        page.navigate(url("/cases/" + victimCase.getCaseNumber()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer").setExact(true)).click();
        page.getByLabel("Service").selectOption("SHELTER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show providers")).click();
        assertAccessible();
        page.getByLabel("Panah Women and Children Shelter, Lahore").check();
        page.getByLabel("High (accept within 72 hours)").check();
        page.getByLabel("Message for the provider").fill("Rescued last night; needs a bed and counselling.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
        assertThat(page.locator(".alert-success")).containsText("Referral sent");
        assertThat(page.locator("h1")).containsText("Sent");
        String referralUrl = page.url();
        assertAccessible();

        context.clearCookies();
        signIn("ngo.lahore", TestUsers.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referrals")).first().click();
        assertAccessible();
        page.locator("a[href='" + referralUrl.substring(referralUrl.indexOf("/referrals/")) + "']").click();
        assertThat(page.locator("body")).containsText(victimCase.getPerson().getLastName());
        assertThat(page.locator("body")).containsText("Rescued last night; needs a bed and counselling.");
        assertThat(page.content()).doesNotContain(victimCase.getPerson().getCnic());
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.locator(".alert-success")).containsText("Referral accepted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start work")).click();
        page.getByLabel("Outcome").fill("Five weeks in the shelter; reunited with her mother in Kasur.");
        page.getByLabel("Services delivered").fill("Shelter, counselling, legal aid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();
        assertThat(page.locator("h1")).containsText("Completed");
        assertAccessible();

        context.clearCookies();
        signIn("police.lahore", TestUsers.PASSWORD);
        page.navigate(url("/notifications"));
        assertThat(page.locator("main")).containsText("was completed (case " + victimCase.getCaseNumber() + ")");
        assertAccessible();
        page.navigate(referralUrl);
        assertThat(page.locator("main")).containsText("reunited with her mother in Kasur");

        Referral late = fixtures.refer("police.lahore", fixtures.caseOf("police.lahore", true), ReferralFixtures.SHELTER_NGO,
                ServiceType.PSYCHOSOCIAL, Urgency.EMERGENCY);
        clock.advance(Duration.ofHours(25));
        deadlines.markOverdue();

        context.clearCookies();
        signIn("committee.lahore", TestUsers.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(late.getCaseNumber()));
        assertThat(row).containsText("Overdue");
        assertThat(page.content()).doesNotContain(victimCase.getPerson().getLastName());
        assertAccessible();
        row.getByRole(AriaRole.LINK).click();
        page.getByLabel("Review note").fill("Why was this emergency not accepted within 24 hours?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a review note")).click();
        assertThat(page.locator(".alert-success")).containsText("Review note added");
        assertAccessible();
        assertThat(page.url()).contains("/review/" + late.getId());
    }
}
