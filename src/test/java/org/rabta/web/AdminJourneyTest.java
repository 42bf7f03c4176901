package org.rabta.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.rabta.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates a user and hands over the one-time password; the new user signs in with
 * it, must choose their own password, then reads Rabta in Urdu and signs out.
 */
class AdminJourneyTest extends BrowserTest {

    @Test
    void anAdminCreatesAUserWhoSignsInAndMustChooseAPassword() {
        String username = "journey." + System.nanoTime() % 1_000_000;

        signIn("admin", "Rabta-demo-2026");
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Users");
        assertThat(page.locator("table")).containsText("fia.lahore.supervisor");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New user");
        assertAccessible();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Full name").fill("Nasreen Akhtar");
        page.getByLabel("Agency").selectOption(new SelectOption().setLabel("Punjab Social Welfare Department (PB-SWD)"));
        page.getByLabel("Caseworker").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();

        assertThat(page.locator(".alert-success")).containsText("User " + username + " created.");
        String oneTimePassword = page.locator("#one-time-password").textContent().strip();
        assertThat(oneTimePassword).matches("[a-zA-Z2-9]{5}-[a-zA-Z2-9]{5}-[a-zA-Z2-9]{5}");
        assertAccessible();
        signOut("Sign out");

        signIn(username, oneTimePassword);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.locator(".alert-warning")).containsText("one-time password");
        assertAccessible();
        String ownPassword = "a river runs through Lahore";
        page.getByLabel("Current password").fill(oneTimePassword);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(ownPassword);
        page.getByLabel("Repeat new password").fill(ownPassword);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".alert-success")).containsText("Your password has been changed.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Nasreen Akhtar");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("اردو")).click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("خوش آمدید");
        assertAccessible();
        signOut("سائن آؤٹ");

        page.navigate(url("/login?lang=en"));
        signIn(username, ownPassword);
        assertThat(page).hasURL(url("/"));
    }

    private void signOut(String buttonName) {
        page.locator("#userMenu").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonName)).click();
        assertThat(page).hasURL(url("/login?logout"));
    }
}
