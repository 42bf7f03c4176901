package org.rabta.committees;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.referrals.Referral;
import org.rabta.support.BrowserTest;
import org.rabta.support.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.rabta.support.TestUsers.PASSWORD;

/**
 * The Lahore committee's secretary (a caseworker of Social Welfare: a term, not a role, makes them a reviewer) follows
 * the navigation's review link to an overdue referral, gives the Child Protection Bureau an action item about it on the
 * review page, and finds it among the committee's open action items, owner and due date shown. In English and in Urdu
 * (right to left), every page through axe-core, by clicking only.
 */
@RequiredArgsConstructor
class ReviewActionItemJourneyTest extends BrowserTest {

    private final CommitteeFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void anActionItemOnAnOverdueReferralReachesTheCommitteesOpenItems(String language) {
        Referral referral = fixtures.overdueReferralInLahore();
        String task = Unique.code("Find a shelter place today ");

        signIn("swd.punjab", PASSWORD);
        inLanguage(language);
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("dir", "ur".equals(language) ? "rtl" : "ltr");
        page.locator("nav a.nav-link[href='/review']").click();
        assertAccessible();
        page.locator("a[href='/review/" + referral.getId() + "']").click();
        assertThat(page.locator("h1")).containsText(referral.getCaseNumber());
        assertAccessible();

        Locator form = page.locator("form[action='/review/" + referral.getId() + "/actions']");
        form.locator("#action-committee").selectOption(new SelectOption().setValue(String.valueOf(fixtures.lahore().getId())));
        form.locator("#action-owner").selectOption(new SelectOption().setValue("agency:PB-CPWB"));
        form.locator("#action-due").fill(today().plusDays(2).toString());
        form.locator("#action-what").fill(task);
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).isVisible();
        Locator item = page.locator("table.action-items tr", new Page.LocatorOptions().setHasText(task));
        assertThat(item).containsText("ur".equals(language) ? "چائلڈ" : "Child Protection");
        assertAccessible();

        item.locator("a[href='/committees/" + fixtures.lahore().getId() + "']").click();
        Locator open = page.locator("table.action-items tr", new Page.LocatorOptions().setHasText(task));
        assertThat(open).containsText(today().plusDays(2).toString());
        assertThat(open).containsText(referral.getCaseNumber());
        assertThat(open.locator("a[href='/review/" + referral.getId() + "']")).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", "ur".equals(language) ? "rtl" : "ltr");
        assertAccessible();
    }
}
