package org.rabta.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.BrowserTest;
import org.rabta.support.TestUsers;

/**
 * A caseworker screens a case through the questionnaire, watching the explanation change with each answer, and
 * records a determination that differs from the engine's, with a reason; a supervisor confirms it. Pages are checked
 * with axe-core in English and Urdu.
 */
@RequiredArgsConstructor
class ScreeningJourneyTest extends BrowserTest {

    private final ScreeningFixtures fixtures;

    @Test
    void screenDetermineAndConfirm() {
        String caseNumber = fixtures.newCase(ScreeningFixtures.CASEWORKER, 24);
        Locator result = page.locator("#screening-result");

        signIn(ScreeningFixtures.CASEWORKER, TestUsers.PASSWORD);
        inLanguage("en");
        page.navigate(url("/cases/" + caseNumber));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Screen this case")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Screen case " + caseNumber);
        assertThat(result).containsText("Insufficient information");
        assertAccessible();

        // Keyboard: focus the first answer of the first question and choose "Yes" with the space bar.
        page.locator("#f-ACT_RECRUITED-YES").focus();
        page.keyboard().press("Space");
        assertThat(result).containsText("Act is met: the person was subjected to recruitment.");
        assertThat(result).containsText("Possible trafficking");

        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                        .setName("Was the person deceived about the job, the pay, the conditions, the destination or a marriage?"))
                .getByLabel("Yes").check();
        page.locator("#f-PURPOSE_DOMESTIC_SERVITUDE-YES").check();
        page.locator("#f-BORDER_CROSSED-NO").check();
        assertThat(result).containsText("Trafficking is established: the person was subjected to recruitment (act) by fraud "
                + "or deception (means) for domestic servitude (purpose) (PTPA s.3).");
        assertThat(result.locator(".screening-outcome")).hasText("Trafficking in persons");
        assertThat(result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Refer to a shelter")))
                .hasAttribute("href", "/cases/" + caseNumber + "/referrals/new?service=SHELTER");

        page.getByLabel("Determination", new Page.GetByLabelOptions().setExact(true)).selectOption("POSSIBLE_TRAFFICKING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the determination")).click();
        assertThat(page.locator(".invalid-feedback")).hasText("Give a reason: your determination differs from the engine’s outcome.");
        assertThat(page.locator("#f-MEANS_FRAUD_OR_DECEPTION-YES")).isChecked();
        assertAccessible();

        page.getByLabel("Reason").fill("Her employer's account contradicts hers; the recruiter has not been traced yet.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the determination")).click();
        assertThat(page.locator(".alert-success")).containsText("Determination recorded");
        assertThat(page.locator("#recorded-determination")).hasText("Possible trafficking: further assessment needed");
        assertThat(page.locator("h1")).containsText("Awaiting supervisor");
        assertAccessible();
        String screeningPage = page.url();

        context.clearCookies();
        signIn(ScreeningFixtures.SUPERVISOR, TestUsers.PASSWORD);
        inLanguage("en");
        page.navigate(screeningPage);
        assertThat(page.getByText("Her employer's account contradicts hers")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the determination")).click();
        assertThat(page.locator(".alert-success")).hasText("Determination confirmed.");
        assertThat(page.locator("h1")).containsText("Confirmed");

        page.navigate(url("/cases?q=" + caseNumber + "&determination=POSSIBLE_TRAFFICKING"));
        assertThat(page.locator(".case-table")).containsText("Possible trafficking: further assessment needed");
        assertAccessible();

        inLanguage("ur");
        page.navigate(url("/cases/" + caseNumber));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#screening")).containsText("تصدیق شدہ");
        assertThat(page.locator(".case-timeline")).containsText("اسکریننگ: فیصلے کی تصدیق ہوئی");
        assertAccessible();
        page.navigate(screeningPage);
        assertAccessible();
        page.navigate(url("/cases/" + caseNumber + "/screenings/new"));
        assertThat(page.locator("#screening-result")).containsText("معلومات ناکافی ہیں");
        page.locator("#f-ACT_RECRUITED-YES").check();
        assertThat(page.locator("#screening-result")).containsText("ممکنہ انسانی تجارت");
        assertAccessible();
    }
}
