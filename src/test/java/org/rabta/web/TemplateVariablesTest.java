package org.rabta.web;

import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's variables are read and written on the innermost request that wrappers only pass attributes on to, and
 * every value read is the one the outer request gives: the model, an attribute a filter set, and an attribute a
 * wrapper answers itself.
 */
class TemplateVariablesTest {

    private static final String TEMPLATE = "<p th:text=\"${model}\"></p><p th:text=\"${fromFilter}\"></p>";

    @Test
    void variablesAreReadOnTheInnermostRequestWithoutWalkingWrappersThatOnlyPassThemOn() {
        List<String> readsThroughWrappers = new ArrayList<>();
        MockHttpServletRequest tomcat = new MockHttpServletRequest(new MockServletContext()) {
            @Override
            public Object getAttribute(String name) {
                if (Arrays.stream(Thread.currentThread().getStackTrace()).anyMatch(frame ->
                        frame.getClassName().equals(ServletRequestWrapper.class.getName()) && frame.getMethodName().equals("getAttribute"))) {
                    readsThroughWrappers.add(name);
                }
                return super.getAttribute(name);
            }
        };
        HttpServletRequest outer = new HttpServletRequestWrapper(new HttpServletRequestWrapper(tomcat));
        outer.setAttribute("fromFilter", "set by a filter");

        String page = render(outer, TEMPLATE);

        assertThat(page).isEqualTo("<p>from the model</p><p>set by a filter</p>");
        assertThat(readsThroughWrappers).as("reads that walked a wrapper passing them on").isEmpty();
        assertThat(outer.getAttribute("model")).as("the model, as the outer request sees it").isEqualTo("from the model");
    }

    /** Such as Tomcat's wrapper of an error page's or an include's request, which answers their attributes. */
    @Test
    void theWalkStopsAtTheFirstWrapperThatAnswersAttributesItself() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        HttpServletRequest answering = new HttpServletRequestWrapper(new HttpServletRequestWrapper(tomcat)) {
            @Override
            public Object getAttribute(String name) {
                return name.equals("answered") ? "answered by a wrapper" : super.getAttribute(name);
            }
        };
        HttpServletRequest outer = new HttpServletRequestWrapper(new HttpServletRequestWrapper(answering));

        assertThat(TemplateVariables.innermost(outer)).isSameAs(answering);
        assertThat(TemplateVariables.innermost(new HttpServletRequestWrapper(tomcat))).isSameAs(tomcat);
        assertThat(render(outer, "<p th:text=\"${answered}\"></p>")).isEqualTo("<p>answered by a wrapper</p>");
    }

    private static String render(HttpServletRequest request, String template) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setEngineContextFactory(new TemplateVariables.ContextFactory());
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH, Map.of("model", "from the model"));
        return engine.process(template, context);
    }
}
