package org.rabta.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.Principals;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work list is counted up to {@link WorkItems#CAP}: a list that reached it must not read as holding exactly that
 * many (a supervisor with 13,000 quiet cases saw "1000"), and its own page shows only the first of them. Rendered by
 * the application's engine and messages, in both languages, as is the navigation's count of everything waiting.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class WorkListTotalsTest {

    private final ITemplateEngine templates;

    private final WorkLists workLists;

    private final Principals principals;

    @Test
    void aListThatReachedTheCapReadsAsAtLeastThatMany() {
        WorkLists.Shown full = shown(WorkItems.CAP);
        assertThat(full.capped()).isTrue();
        assertThat(render(full, "workTotal", Locale.ENGLISH)).contains(">1,000+<").contains("dir=\"ltr\"");
        assertThat(render(full, "seeAll", Locale.ENGLISH)).contains(">See the first 1,000<").contains("href=\"/work/quietCases\"");
        assertThat(render(full, "workTotal", SupportedLocales.URDU)).contains(">1,000+<");
        assertThat(render(full, "seeAll", SupportedLocales.URDU)).contains(">پہلے 1,000 دیکھیں<");
    }

    @Test
    void aListBelowTheCapReadsAsItsCount() {
        WorkLists.Shown some = shown(WorkItems.CAP - 1);
        assertThat(some.capped()).isFalse();
        assertThat(render(some, "workTotal", Locale.ENGLISH)).contains(">999<");
        assertThat(render(some, "seeAll", Locale.ENGLISH)).contains(">See all 999<");
        assertThat(render(some, "seeAll", SupportedLocales.URDU)).contains(">تمام 999 دیکھیں<");
    }

    /** The navigation's count of all waiting items stops at 99; in Urdu the "+" must not move before the number. */
    @Test
    void theNavigationsCountStopsAtNinetyNineWrittenLeftToRight() {
        for (Locale locale : SupportedLocales.ALL) {
            assertThat(render(Map.of("waiting", 150), "waitingCount", locale)).contains("<span dir=\"ltr\">99+</span>");
            assertThat(render(Map.of("waiting", 99), "waitingCount", locale)).contains("<span dir=\"ltr\">99</span>");
        }
    }

    /** A page number far beyond the cap (a typed URL) once overflowed into the first page's offset and showed its items. */
    @Test
    void aPageBeyondWhatAListCanHoldShowsNoItems() {
        TestingAuthenticationToken supervisor = new TestingAuthenticationToken(principals.user("fia.lahore.supervisor"), null);
        WorkLists.Shown first = workLists.page(supervisor, "quietCases", 0).orElseThrow();
        assertThat(first.items()).as("the demo supervisor's quiet cases").isNotEmpty();

        WorkLists.Shown far = workLists.page(supervisor, "quietCases", Integer.MAX_VALUE).orElseThrow();

        assertThat(far.items()).isEmpty();
        assertThat(far.page()).isEqualTo(WorkItems.CAP / WorkLists.PAGE_SIZE);
        assertThat(far.total()).isEqualTo(first.total());
    }

    private static WorkLists.Shown shown(int total) {
        return new WorkLists.Shown("quietCases", List.of(), total, 0, WorkLists.HOME_ITEMS);
    }

    private String render(WorkLists.Shown list, String fragment, Locale locale) {
        return render(Map.of("list", list), fragment, locale);
    }

    private String render(Map<String, Object> variables, String fragment, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse()), locale, variables);
        return templates.process("fragments/work", Set.of(fragment), context);
    }
}
