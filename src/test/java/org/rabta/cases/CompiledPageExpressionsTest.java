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
 * at the template's level ({@code ${a} ?: #{b}}), so that each part is an expression of its own. The same holds for
 * every other screen a demo user of each role reaches by links from the home page (referrals, committees,
 * investigations, statistics, administration).
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

    /** Demo users whose links reach every feature's screens: each role, and the FIA circle's investigations. */
    private static final List<String> WALKERS = List.of("fia.lahore", "fia.lahore.supervisor", "committee.lahore", "admin",
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
     * meeting, an investigation, an admin form...), in both languages.
     */
    @Test
    void theScreensEachRoleReachesEvaluateOnlyExpressionsThatCompile() throws Exception {
        ICache<ExpressionCacheKey, Object> cache = templates.getConfiguration().getCacheManager().getExpressionCache();
        cache.clear();
        ScreenMappings mappings = new ScreenMappings(handlerMapping);
        int screens = 0;
        for (String username : WALKERS) {
            for (String language : List.of("en", "ur")) {
                screens += walk(username, language, mappings);
            }
        }
        assertThat(screens).as("screens walked").isGreaterThan(40);
        assertEveryEvaluatedExpressionCompiles(cache, 150);
    }

    /** The pages the user reaches by links, each handler pattern once; how many were rendered. */
    private int walk(String username, String language, ScreenMappings mappings) throws Exception {
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
        List<SpelExpression> evaluated = new ArrayList<>();
        for (ExpressionCacheKey key : cache.keySet()) {
            SpelExpression expression = spelExpressionOf(cache.get(key));
            if (expression != null) {
                evaluated.add(expression);
            }
        }
        assertThat(evaluated).as("the expressions the pages evaluated").hasSizeGreaterThan(atLeast);
        assertThat(evaluated.stream().filter(expression -> !expression.compileExpression())
                .map(SpelExpression::getExpressionString).distinct().sorted())
                .as("expressions interpreted on every evaluation").isEmpty();
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
