package org.rabta.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rabta.accounts.Role;
import org.rabta.support.PageChecks;
import org.rabta.support.RenderedForm;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen right for every user: each demo user, in English and in Urdu, walks every screen they can reach (see
 * {@link Crawl}) and every page must answer without a server error, be valid HTML5, show no unresolved message, no
 * {@code null} and no code where words belong, name agencies in the page's language, repeat no id, label every
 * control and link only to pages that exist (see {@link PageChecks}).
 * Every form of those pages, submitted back unchanged, must come back showing exactly what it showed.
 */
@RabtaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RequiredArgsConstructor
class PageIntegrityTest {

    private static final List<String> LANGUAGES = List.of("en", "ur");

    private final MockMvc mvc;

    private final UserDetailsService users;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping handlerMapping;

    private final JdbcTemplate jdbc;

    private final PlatformTransactionManager transactions;

    private ScreenMappings mappings;
    private PageChecks checks;
    private List<Map<String, String>> samples;
    private final Set<String> staticChecked = ConcurrentHashMap.newKeySet();

    @BeforeAll
    void readTheApplication() {
        mappings = new ScreenMappings(handlerMapping);
        // An agency with an Urdu name is called by it in Urdu: its English name is foreign to an Urdu page.
        checks = new PageChecks(Map.of("ur", jdbc.queryForList(
                "select name from agency where name_ur is not null and name_ur <> name", String.class)));
        samples = SampleRecords.read(jdbc);
    }

    static Stream<Arguments> demoUsersInEachLanguage() {
        return DemoData.demoUsers().stream()
                .flatMap(user -> LANGUAGES.stream().map(language -> Arguments.of(user.username(), language)));
    }

    @Test
    void theDemoUsersHoldEveryRole() {
        Set<Role> held = DemoData.demoUsers().stream().flatMap(user -> user.roles().stream())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(held).as("roles the crawl signs in as").containsExactlyInAnyOrder(Role.values());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("demoUsersInEachLanguage")
    void everyScreenTheUserReachesIsRight(String username, String language) {
        Browser browser = new Browser(mvc, users.loadUserByUsername(username), language);
        Crawl crawl = new Crawl(browser, mappings, checks, screen -> samples, staticChecked).walk();

        List<String> problems = new ArrayList<>(crawl.problems());
        crawl.forms().forEach((form, page) -> problems.addAll(roundTrip(browser, form, page)));

        assertThat(crawl.pages()).as("pages %s reached in %s", username, language).isGreaterThan(1);
        assertThat(problems).as("problems of the pages %s sees in %s", username, language).isEmpty();
    }

    /**
     * Submits the form as rendered and reads it back: the page it leads to (when the form shows again, as after a
     * validation error or a search) or the page it was on (after a save) must show the same values. A save is rolled
     * back afterwards, so the demo data stays as it was for the next user.
     */
    private List<String> roundTrip(Browser browser, RenderedForm form, String page) {
        // Forms of buttons only (close, accept, mark as read, sign out) are actions, not data shown to be saved;
        // their effects are tested with their features. A file upload cannot be sent back unchanged.
        if (!form.editable() || form.multipart()) {
            return List.of();
        }
        String what = form.method() + " " + form.action() + " (form on " + page + ")";
        List<String> problems = new ArrayList<>();
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        rollback.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Browser.Response response = browser.submit(form.method(), form.action(), form.fields());
            if (response.status() >= 500 || response.status() == 404 || response.status() == 400) {
                problems.add(what + " answers " + response.status());
                return;
            }
            String shownAgain = response.status() == 200 ? response.body() : browser.get(page).body();
            Document document = Jsoup.parse(shownAgain, Crawl.BASE + page);
            PageChecks.untiedFieldErrors(document).forEach(problem -> problems.add(what + " shows again: " + problem));
            RenderedForm again = sameForm(document, form, page);
            if (again != null && !again.shownValues().equals(form.shownValues())) {
                problems.add(what + " sent " + form.shownValues() + " and shows " + again.shownValues());
            }
        });
        return problems;
    }

    /** The form with the same method and action, with the same fields if there are several (a ticked box may not be). */
    private static RenderedForm sameForm(Document document, RenderedForm form, String page) {
        List<RenderedForm> candidates = document.select("form").stream().map(element -> RenderedForm.of(element, page))
                .filter(rendered -> rendered.method() == form.method() && rendered.action().equals(form.action())).toList();
        return candidates.stream().filter(rendered -> names(rendered).equals(names(form))).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.getFirst());
    }

    private static List<String> names(RenderedForm form) {
        return Arrays.asList(form.fields().stream().map(Map.Entry::getKey).distinct().sorted().toArray(String[]::new));
    }
}
