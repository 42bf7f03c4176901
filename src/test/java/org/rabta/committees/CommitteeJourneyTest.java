package org.rabta.committees;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.referrals.Referral;
import org.rabta.support.BrowserTest;
import org.rabta.support.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;

/**
 * The admin adds a member to the Lahore roster (after a refused second chair), the secretary (a caseworker serving
 * the committee) records a meeting with an action item on an overdue referral of Lahore and opens its pseudonymised
 * review page, and the member who owns the item finds it overdue on their home page and marks it done. Every page
 * passes axe-core in English and in Urdu, right to left.
 */
@RequiredArgsConstructor
class CommitteeJourneyTest extends BrowserTest {

    private final CommitteeFixtures fixtures;

    @Test
    void rosterMeetingAndFollowUpOfAnOverdueReferral() {
        long lahore = fixtures.lahore().getId();
        Referral referral = fixtures.overdueReferralInLahore();
        String caseNumber = referral.getCaseNumber();

        signIn("admin", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committees").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lahore District Anti-Trafficking Committee")).click();
        assertThat(page.locator(".roster-gaps")).containsText("Not represented: Labour.");
        assertAccessibleInEnglishAndUrdu(".roster-gaps", "محنت");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a member")).click();
        assertAccessibleInEnglishAndUrdu("h1", "رکن");
        page.getByLabel("Rabta username").fill("fia.lahore");
        page.getByLabel("Designation").fill("Inspector, AHTC Lahore");
        page.getByLabel("Agency").selectOption(new SelectOption().setValue("FIA-AHTC-LHR"));
        page.getByLabel("Role").selectOption("CHAIR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the roster")).click();
        assertThat(page.locator("#role-error")).containsText("one chair at a time");
        assertAccessible();
        page.getByLabel("Role").selectOption("MEMBER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the roster")).click();
        assertThat(page.locator(".alert-success")).containsText("added to the roster");
        assertThat(page.locator("table.roster")).containsText("Imran Qureshi");
        context.clearCookies();

        signIn("swd.punjab", PASSWORD);
        page.navigate(url("/committees/" + lahore));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
        page.getByLabel("Take attendance from the roster of").fill(today().minusDays(14).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load that roster")).click();
        assertAccessibleInEnglishAndUrdu("h1", "اجلاس");
        page.getByLabel("Place").fill("Committee room, DC Office Lahore");
        page.getByLabel("Agenda").fill("Overdue referrals and shelter places");
        page.getByLabel("Tariq Javed", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Ali Raza", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Guests").fill("Amna Bibi, IOM");
        page.getByLabel("Decisions").fill("Social Welfare to confirm the shelter placement.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
        assertThat(page.locator(".alert-success")).containsText("The meeting was recorded.");

        String task = Unique.code("Confirm the shelter placement ");
        page.getByLabel("What is to be done").fill(task);
        page.getByLabel("Owner").selectOption(new SelectOption().setLabel("Tariq Javed (PB-SWD)"));
        page.getByLabel("Due on").fill(today().minusDays(3).toString());
        page.getByLabel("Referral followed up").selectOption(new SelectOption().setValue(referral.getId().toString()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        Locator item = page.locator("table.action-items tr", new Page.LocatorOptions().setHasText(task));
        assertThat(item).containsText(caseNumber);
        assertThat(item).containsText("18 to 29");
        assertThat(item).not().containsText("Nasreen");
        assertAccessibleInEnglishAndUrdu("table.action-items", "18 تا 29 سال");

        Locator reviewLink = item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Review the referral of case " + caseNumber));
        assertThat(reviewLink).hasAttribute("href", "/review/" + referral.getId());
        reviewLink.click();
        assertThat(page.locator("h1")).containsText(caseNumber);
        assertThat(page.locator("main")).containsText("Overdue");
        assertThat(page.locator("main")).not().containsText("Nasreen");
        assertAccessibleInEnglishAndUrdu("h1", caseNumber);
        context.clearCookies();

        signIn("committee.lahore", PASSWORD);
        // Their home page lists the item among theirs, overdue; it leads to the meeting, where they mark it done.
        Locator mine = page.locator("section[aria-labelledby='work-myActionItems'] li", new Page.LocatorOptions().setHasText(task));
        assertThat(mine).containsText("Overdue");
        assertAccessibleInEnglishAndUrdu("section[aria-labelledby='work-myActionItems']", "تاخیر شدہ");
        mine.getByRole(AriaRole.LINK).click();
        Locator overdue = page.locator("table.action-items tr", new Page.LocatorOptions().setHasText(task));
        assertThat(overdue).containsText(caseNumber);
        assertThat(overdue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review the referral of case " + caseNumber)))
                .hasAttribute("href", "/review/" + referral.getId());
        overdue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done: " + task)).click();
        assertThat(page.locator(".alert-success")).containsText("marked done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home")).first().click();
        assertThat(page.locator("#work-lists")).not().containsText(task);
        assertAccessible();
    }

    /**
     * Runs axe-core on the current page, then on the same address in Urdu (checking that the page reads right to left
     * and that the given element shows the expected Urdu text), and returns to English.
     */
    private void assertAccessibleInEnglishAndUrdu(String selector, String urduText) {
        assertAccessible();
        String address = page.url();
        page.navigate(withLanguage(address, "ur"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(selector).first()).containsText(urduText);
        assertAccessible();
        page.navigate(withLanguage(address, "en"));
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    private static String withLanguage(String address, String language) {
        String withoutLanguage = address.replaceAll("[?&]lang=[a-z]+", "");
        return withoutLanguage + (withoutLanguage.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
