package org.rabta.web;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation on a laptop's 1280 px screen, for the roles with the most links (a supervisor of an agency that
 * investigates; the administrator) and a committee member, in English and in Urdu: one line, right to left in Urdu,
 * every link reached with the Tab key. On a narrower screen the links fold behind the toggle instead of wrapping.
 */
class NavigationJourneyTest extends BrowserTest {

    /** Whether the visible items of the navigation bar share one horizontal line (all overlap one height). */
    private static final String ON_ONE_LINE = """
            () => {
              const items = [...document.querySelectorAll('header .navbar-brand, header .navbar-nav > .nav-item')]
                  .map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
              return Math.max(...items.map(r => r.top)) < Math.min(...items.map(r => r.bottom));
            }""";

    @ParameterizedTest
    @ValueSource(strings = {"fia.lahore.supervisor", "admin", "committee.lahore"})
    void theNavigationFitsOneLineAt1280PixelsInBothLanguages(String username) {
        page.setViewportSize(1280, 800);
        signIn(username, "Rabta-demo-2026");
        for (String language : List.of("en", "ur")) {
            inLanguage(language);
            page.navigate(url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", language);

            assertThat(page.locator(".navbar-toggler")).isHidden();
            assertThat((Boolean) page.evaluate(ON_ONE_LINE)).as(username + ", " + language + ": one line").isTrue();
            double brand = centre(page.locator(".navbar-brand"));
            double userMenu = centre(page.locator("#userMenu"));
            assertThat(language.equals("ur") ? brand > userMenu : brand < userMenu)
                    .as(username + ", " + language + ": the name of Rabta starts the line, the user menu ends it").isTrue();

            List<String> links = page.locator("header a.nav-link").all().stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(tabThroughHeader()).as(username + ", " + language + ": reached with Tab").containsAll(links);
        }

        page.setViewportSize(1024, 800);
        page.navigate(url("/"));
        assertThat(page.locator("#mainNav a.nav-link").first()).isHidden();
        page.locator(".navbar-toggler").focus();
        page.keyboard().press("Enter");
        for (Locator link : page.locator("#mainNav a.nav-link").all()) {
            assertThat(link).isVisible();
        }
    }

    private static double centre(Locator element) {
        var box = element.boundingBox();
        return box.x + box.width / 2;
    }

    /** The address of each link of the header that the Tab key stops at, from the top of the page, in order. */
    private List<String> tabThroughHeader() {
        List<String> reached = new ArrayList<>();
        page.locator("body").focus();
        for (int stop = 0; stop < 40; stop++) {
            page.keyboard().press("Tab");
            Object inHeader = page.evaluate("() => document.activeElement.closest('header') !== null");
            if (Boolean.FALSE.equals(inHeader) && !reached.isEmpty()) {
                break;
            }
            Object href = page.evaluate("() => document.activeElement.getAttribute('href')");
            if (href != null) {
                reached.add(href.toString());
            }
        }
        return reached;
    }
}
