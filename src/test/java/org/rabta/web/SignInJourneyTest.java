package org.rabta.web;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.rabta.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker signs in, reads Rabta in Urdu, meets a missing page and signs out. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void signInSwitchToUrduAndSignOut() {
        page.navigate(url("/login"));
        assertAccessible();

        signIn("police.lahore", "Rabta-demo-2026");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Shahid Iqbal");
        assertThat(page.locator("body")).containsText("Punjab Police, Lahore");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("اردو")).click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ur");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("خوش آمدید");
        assertAccessible();

        Response missing = page.navigate(url("/cases/XX-0000-000000/nothing-here"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("صفحہ نہیں ملا");
        assertThat(page.content()).doesNotContain("Exception");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");

        page.locator("#userMenu").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".alert-success")).containsText("You have signed out");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void theLanguageChoiceFollowsTheUserToTheirNextSignIn() {
        signIn("cpwb.punjab", "Rabta-demo-2026");
        page.navigate(url("/?lang=ur"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        context.clearCookies();

        page.navigate(url("/login?lang=en"));
        context.clearCookies();
        signIn("cpwb.punjab", "Rabta-demo-2026");
        assertThat(page.locator("html")).hasAttribute("lang", "ur");
        page.navigate(url("/?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
