package org.rabta.investigations;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.rabta.support.BrowserTest;
import org.rabta.support.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.investigations.InvestigationFixtures.uniqueFir;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;

/**
 * An FIA caseworker registers an FIR from the navigation (after a refused empty form), adds an accused person, records
 * the arrest and is refused a verdict without a charge sheet, then finds the next hearing on the court calendar. Every
 * page passes axe-core in English and in Urdu, right to left.
 */
class InvestigationJourneyTest extends BrowserTest {

    /*
     * Controls are found by the name a screen reader announces, exactly ("Name" is also part of "Father's name"). A
     * required field's name is its label's text alone: that it is required is announced as its state.
     */


    private void accessibleInBothLanguages(String urduText) {
        assertAccessible();
        inLanguage("ur");
        page.reload();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("main")).containsText(urduText);
        assertAccessible();
        inLanguage("en");
        page.reload();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void registerAnFirAddAnAccusedAndFollowTheirPath() {
        signIn("fia.lahore", PASSWORD);
        // After signing in, which restores the language the user last chose (another test may have chosen Urdu).
        inLanguage("en");
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Investigations").setExact(true)).first().click();
        accessibleInBothLanguages("تفتیش");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an investigation")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#firNumber-error")).isVisible();
        assertThat(page.locator("#offences-error")).isVisible();
        accessibleInBothLanguages("ایف آئی آر نمبر");

        String fir = uniqueFir();
        page.getByLabel("FIR number").fill(fir);
        page.getByLabel("Registered on").fill(today().minusDays(30).toString());
        page.getByLabel("District").selectOption("PK617");
        page.getByLabel("Investigating officer").fill("Inspector Nadia Butt");
        page.getByLabel("Trafficking in persons (Prevention of Trafficking in Persons Act 2018, s.3)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("h1")).containsText(fir);
        assertThat(page.locator(".alert-success")).containsText("registered");
        accessibleInBothLanguages("انسانی اسمگلنگ");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an accused person")).click();
        String name = "Tariq " + Unique.surname();
        page.getByRole(AriaRole.TEXTBOX, named("Name")).fill(name);
        page.getByLabel("Sex").selectOption("MALE");
        page.getByLabel("CNIC").fill("35202-111");
        page.getByLabel("Role").selectOption("RECRUITER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#cnic-error")).containsText("13 digits");
        accessibleInBothLanguages("شناختی کارڈ");
        page.getByLabel("CNIC").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("h1")).containsText(name);

        page.getByRole(AriaRole.COMBOBOX, named("Step")).selectOption("ARRESTED");
        page.getByRole(AriaRole.TEXTBOX, named("Date")).fill(today().minusDays(28).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the step")).click();
        assertThat(page.locator(".alert-success")).containsText("recorded");
        page.getByRole(AriaRole.COMBOBOX, named("Step")).selectOption("CONVICTED");
        page.getByRole(AriaRole.TEXTBOX, named("Date")).fill(today().minusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the step")).click();
        assertThat(page.locator(".alert-danger")).containsText("A verdict needs a charge sheet before it.");
        assertAccessible();

        page.getByRole(AriaRole.COMBOBOX, named("Step")).selectOption("CHARGE_SHEET");
        page.getByRole(AriaRole.TEXTBOX, named("Date")).fill(today().minusDays(10).toString());
        page.getByLabel("Court", new Page.GetByLabelOptions().setExact(true)).fill("Sessions Court Lahore");
        page.getByLabel("Next hearing").fill(today().plusDays(9).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the step")).click();
        assertThat(page.locator("main")).containsText("Charge sheet (challan) submitted");
        accessibleInBothLanguages("چالان");

        page.navigate(url("/investigations/calendar"));
        assertThat(page.locator("table")).containsText(name);
        accessibleInBothLanguages("عدالتی کیلنڈر");
    }
}
