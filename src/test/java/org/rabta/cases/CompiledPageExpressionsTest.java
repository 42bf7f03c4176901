package org.rabta.cases;

import jakarta.servlet.http.Cookie;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
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
 * at the template's level ({@code ${a} ?: #{b}}), so that each part is an expression of its own.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CompiledPageExpressionsTest {

    private final CaseFixtures fixtures;

    private final CaseNotesAndAttachments notes;

    private final MockMvc mvc;

    private final SpringTemplateEngine templates;

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

        List<SpelExpression> evaluated = new ArrayList<>();
        for (ExpressionCacheKey key : cache.keySet()) {
            SpelExpression expression = spelExpressionOf(cache.get(key));
            if (expression != null) {
                evaluated.add(expression);
            }
        }
        assertThat(evaluated).as("the expressions the pages evaluated").hasSizeGreaterThan(100);
        assertThat(evaluated.stream().filter(expression -> !expression.compileExpression())
                .map(SpelExpression::getExpressionString))
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
