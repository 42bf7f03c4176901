package org.rabta.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rabta.support.Districts.LAHORE;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.Sex;
import org.rabta.directory.AgencyType;
import org.rabta.support.BrowserTest;

/** An analyst looks at the country dashboard, narrows it to Punjab, and opens the annual report. */
@RequiredArgsConstructor
class StatisticsJourneyTest extends BrowserTest {

    private final ReportingFixtures fixtures;

    private final Clock clock;

    @Test
    void dashboardThenAnnualReport() {
        // A person identified this month, so that the trend chart has something to draw.
        fixtures.register(fixtures.newCaseworker(AgencyType.NGO), LocalDate.now(clock).withDayOfMonth(1),
                LAHORE, Sex.FEMALE, 20);
        signIn("analyst", "Rabta-demo-2026");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Victims identified"))).isVisible();
        assertAccessible();

        page.getByLabel("Province", new Page.GetByLabelOptions().setExact(true)).selectOption("PK6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*province=PK6.*"));
        assertThat(page.locator("#table-month")).isVisible();
        assertThat(page.locator("[data-table=table-month] canvas")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annual report")).click();
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
        assertThat(page.locator("#annual-victims")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable PDF"))).isVisible();
        assertAccessible();

        inLanguage("ur");
        page.navigate(url("/statistics"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible();
    }
}
