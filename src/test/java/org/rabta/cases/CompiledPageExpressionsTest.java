package org.rabta.cases;

import jakarta.servlet.http.Cookie;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rabta.demo.ScreenMappings;
import org.rabta.support.Principals;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages served most often (a case, the home page, the case list and a name search) evaluate only expressions that
 * Spring's expression compiler can turn into bytecode. An expression it cannot compile (one holding a {@code @bean}
 * reference, or an operand never evaluated, as the right side of an {@code and} that was always false) is interpreted
 * by reflection on every evaluation: a tenth of the case page's request time before these pages were rewritten.
 * Helpers are {@code #objects} ({@link org.rabta.web.TemplateObject}), and conditions on optional values are written
 * at the template's level ({@code ${a} ?: #{b}}), so that each part is an expression of its own. The other screens a
 * demo user of each role reaches by links from the home page (referrals, committees, investigations, statistics,
 * administration) evaluate no interpreted expression beyond those listed as still to be rewritten.
 */
@RabtaIntegrationTest
class CompiledPageExpressionsTest {

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseNotesAndAttachments notes;

    @Autowired
    MockMvc mvc;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    Principals principals;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /**
     * Demo users whose links reach every feature's screens (each role, and the FIA circle's investigations), each
     * walking in one language, the languages alternating: a walk in both would double the test's time for the few
     * expressions only one language evaluates.
     */
    private static final List<String> WALKERS = List.of("fia.lahore", "committee.lahore", "admin", "fia.lahore.supervisor",
            "analyst");

    @Test
    void theBusiestPagesEvaluateOnlyExpressionsThatCompile() throws Exception {
        CaseForm form = CaseFixtures.form();
        form.setTransitCountries(List.of("IR", "TR"));
        VictimCase victimCase = fixtures.register("fia.lahore", form);
        notes.addNote(fixtures.user("fia.lahore"), victimCase.getCaseNumber(), "Seen at the shelter.", true);
        ICache<ExpressionCacheKey, Object> cache = templates.getConfiguration().getCacheManager().getExpressionCache();
        cache.clear();

        for (String language : List.of("en", "ur")) {
            for (String page : List.of("/cases/" + victimCase.getCaseNumber(), "/", "/cases", "/cases?q=Rukhsana")) {
                mvc.perform(get(page).cookie(new Cookie("rabta-lang", language)).with(user(fixtures.user("fia.lahore"))))
                        .andExpect(status().isOk());
            }
        }

        assertEveryEvaluatedExpressionCompiles(cache, 100);
    }

    /**
     * Each demo user walks the links from the home page, every screen pattern once (a referral, a committee, a
     * meeting, an investigation, an admin form...).
     */
    /**
     * The expressions of the other screens still interpreted on every evaluation when the walk was added (white space
     * collapsed): the work left. The walk fails on any expression not listed here; a rewritten one is removed from it.
     */
    private static final Set<String> STILL_INTERPRETED = Set.of(
            "{'referrals.field.referral', 'cases.field.caseNumber', 'referrals.field.serviceType', box.name() == 'SENT' ? 'referrals.field.to' : 'referrals.field.from', 'referrals.field.urgencyShort', 'referrals.field.status', 'referrals.field.sentAt', 'referrals.field.nextDeadline'}",
            "!required",
            "#messages.msg('cases.sex.' + c.person.sex)",
            "#messages.msg('directory.service.' + listing.serviceType)",
            "#messages.msgOrNull('cases.reads.kind.' + r.action) ?: r.action",
            "@secondFactorService.isEnrolled(account.id)",
            "admin and committee.active",
            "asked != null ? asked.due : m.today.plusDays(14)",
            "asked != null ? asked.what : ''",
            "asked != null and asked.committee == c.committee.id",
            "asked != null and asked.owner == 'agency:' + a.code",
            "asked != null and asked.owner == 'member:' + e.membershipId",
            "c.displayName() ?: #messages.msg('cases.name.unknown')",
            "c.route.destinationDistrictCode != null ? districtNames.get(c.route.destinationDistrictCode)?.name(#locale) : #messages.msg('cases.none')",
            "c.route.originDistrictCode != null ? districtNames.get(c.route.originDistrictCode)?.name(#locale) : #messages.msg('cases.none')",
            "c.route.originDistrictCode != null or c.route.destinationDistrictCode != null",
            "fieldErrors ?: {:}",
            "investigationId == null and form.caseNumber != null",
            "isDerived or (recorded.get(a.id) != null and recorded.get(a.id).contains(s))",
            "mayRecord and parent != null",
            "mayRecord and parent != null and !referralQueue.referrals.content.isEmpty()",
            "n.detail == null ? '' : (#messages.msgOrNull(n.detail) ?: n.detail)",
            "olderLink != null or newestLink != null",
            "oneTimePassword != null and account != null",
            "returned != null and returned.supervisorComment != null and returned.status.name() == 'RETURNED'",
            "s.createdByName ?: s.createdBy",
            "s.submittedByName ?: s.submittedBy");

    @Test
    void theScreensEachRoleReachesEvaluateNoNewInterpretedExpression() throws Exception {
        ICache<ExpressionCacheKey, Object> cache = templates.getConfiguration().getCacheManager().getExpressionCache();
        cache.clear();
        ScreenMappings mappings = new ScreenMappings(handlerMapping);
        Set<String> interpreted = new TreeSet<>();
        int screens = 0;
        for (int i = 0; i < WALKERS.size(); i++) {
            screens += walk(WALKERS.get(i), i % 2 == 0 ? "en" : "ur", mappings, cache, interpreted);
        }
        assertThat(screens).as("screens walked").isGreaterThan(20);
        assertThat(interpreted).as("expressions interpreted on every evaluation, beyond those still to be rewritten")
                .allMatch(STILL_INTERPRETED::contains);
    }

    /**
     * The pages the user reaches by links, each handler pattern once; how many were rendered. The expression cache is
     * read after each page, since it keeps a bounded number of expressions and a walk evaluates more.
     */
    private int walk(String username, String language, ScreenMappings mappings, ICache<ExpressionCacheKey, Object> cache,
                     Set<String> interpreted) throws Exception {
        Set<PathPattern> visited = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        int rendered = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            PathPattern pattern = mappings.patternOf(path.split("\\?")[0]).orElse(null);
            if (pattern == null || !mappings.screens().contains(pattern) || !visited.add(pattern)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).cookie(new Cookie("rabta-lang", language))
                    .with(user(principals.user(username)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(username + " " + path).isLessThan(500);
            if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            rendered++;
            interpretedIn(cache).forEach(expression -> interpreted.add(expression.replaceAll("\\s+", " ").strip()));
            for (Element link : Jsoup.parse(response.getContentAsString()).select("a[href^=/]")) {
                String href = link.attr("href");
                if (!href.contains("lang=") && !href.startsWith("//")) {
                    queue.add(href.split("#")[0]);
                }
            }
        }
        return rendered;
    }

    private static void assertEveryEvaluatedExpressionCompiles(ICache<ExpressionCacheKey, Object> cache, int atLeast)
            throws IllegalAccessException {
        long evaluated = 0;
        for (ExpressionCacheKey key : cache.keySet()) {
            evaluated += spelExpressionOf(cache.get(key)) == null ? 0 : 1;
        }
        assertThat(evaluated).as("the expressions the pages evaluated").isGreaterThan(atLeast);
        assertThat(interpretedIn(cache)).as("expressions interpreted on every evaluation").isEmpty();
    }

    private static List<String> interpretedIn(ICache<ExpressionCacheKey, Object> cache) throws IllegalAccessException {
        List<String> interpreted = new ArrayList<>();
        for (ExpressionCacheKey key : cache.keySet()) {
            SpelExpression expression = spelExpressionOf(cache.get(key));
            if (expression != null && !expression.compileExpression()) {
                interpreted.add(expression.getExpressionString());
            }
        }
        return interpreted;
    }

    /** Thymeleaf caches its parsed SpEL expression inside an object of its own, with no public accessor. */
    private static SpelExpression spelExpressionOf(Object cached) throws IllegalAccessException {
        if (cached instanceof SpelExpression expression) {
            return expression;
        }
        for (Field field : Objects.requireNonNull(cached).getClass().getDeclaredFields()) {
            if (SpelExpression.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                return (SpelExpression) field.get(cached);
            }
        }
        return null;
    }
}
