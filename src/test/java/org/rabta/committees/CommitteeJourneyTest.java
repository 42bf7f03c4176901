package org.rabta.committees;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.rabta.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.committees.CommitteeFixtures.PASSWORD;
import static org.rabta.committees.CommitteeFixtures.today;

/**
 * The admin adds a member to the Lahore roster (after a refused second chair), the secretary records a meeting with
 * an action item on a case, and the member who owns it finds it overdue on their home page and marks it done.
 */
class CommitteeJourneyTest extends BrowserTest {

    @Autowired
    CommitteeFixtures fixtures;

    @Test
    void rosterMeetingAndFollowUp() {
        long lahore = fixtures.lahore().getId();
        String caseNumber = fixtures.caseIn(CommitteeFixtures.LAHORE);

        signIn("admin", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committees").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lahore District Anti-Trafficking Committee")).click();
        assertThat(page.locator(".roster-gaps")).containsText("Not represented: Labour.");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a member")).click();
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

        page.navigate(url("/committees/" + lahore + "?lang=ur"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".roster-gaps")).containsText("محنت");
        assertAccessible();
        page.navigate(url("/committees/" + lahore + "?lang=en"));
        context.clearCookies();

        signIn("swd.punjab", PASSWORD);
        page.navigate(url("/committees/" + lahore));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
        page.getByLabel("Take attendance from the roster of").fill(today().minusDays(14).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load that roster")).click();
        page.getByLabel("Place").fill("Committee room, DC Office Lahore");
        page.getByLabel("Agenda").fill("Overdue referrals and shelter places");
        page.getByLabel("Tariq Javed", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Ali Raza", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Guests").fill("Amna Bibi, IOM");
        page.getByLabel("Decisions").fill("Social Welfare to confirm the shelter placement.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
        assertThat(page.locator(".alert-success")).containsText("The meeting was recorded.");

        String task = CommitteeFixtures.unique("Confirm the shelter placement ");
        page.getByLabel("What is to be done").fill(task);
        page.getByLabel("Owner").selectOption(new SelectOption().setLabel("Tariq Javed (PB-SWD)"));
        page.getByLabel("Due on").fill(today().minusDays(3).toString());
        page.getByLabel("Case number").fill(caseNumber);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        Locator item = page.locator("table.action-items tr", new Page.LocatorOptions().setHasText(task));
        assertThat(item).containsText(caseNumber);
        assertThat(item).containsText("12 to 17");
        assertThat(item).not().containsText("Rukhsana");
        assertAccessible();
        context.clearCookies();

        signIn("committee.lahore", PASSWORD);
        Locator overdue = page.locator(".committee-home tr", new Page.LocatorOptions().setHasText(task));
        assertThat(overdue).containsText("overdue");
        assertAccessible();
        overdue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done: " + task)).click();
        assertThat(page.locator(".alert-success")).containsText("marked done");
        assertThat(page.locator(".committee-home")).not().containsText(task);
    }
}
