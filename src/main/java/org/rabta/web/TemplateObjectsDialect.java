package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes every {@link TemplateObject} bean an expression object of the templates, under its
 * {@link TemplateObject#templateName() name}. Spring Boot adds every dialect bean to the template engine.
 * What a page renders with is {@link TemplateObject#forPage()}, taken by {@link TakenForPage} before the page's
 * transaction ends; a view rendered without a handler (an error page) takes it as it renders.
 */
@Component
class TemplateObjectsDialect implements IExpressionObjectDialect {

    private static final String TAKEN = TemplateObjectsDialect.class.getName() + ".taken";

    private final List<TemplateObject> objects;
    private final Factory factory;

    TemplateObjectsDialect(List<TemplateObject> objects) {
        this.objects = List.copyOf(objects);
        this.factory = new Factory(objects.stream()
                .collect(Collectors.toUnmodifiableMap(TemplateObject::templateName, Function.identity())));
    }

    @Override
    public String getName() {
        return "Rabta template objects";
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return factory;
    }

    /** Keeps, on the request, what the page's templates will call of each helper that reads data. */
    void takeForPage(HttpServletRequest request) {
        Map<String, Object> taken = new HashMap<>();
        for (TemplateObject object : objects) {
            Object forPage = object.forPage();
            if (forPage != object) {
                taken.put(object.templateName(), forPage);
            }
        }
        if (!taken.isEmpty()) {
            request.setAttribute(TAKEN, taken);
        }
    }

    /**
     * Takes what the page renders with when its handler is done, before the page's transaction ends: ordered after
     * the interceptor of {@link PageTransactionConfiguration} (the first), so its {@code postHandle} runs before that one's.
     */
    @Component
    @RequiredArgsConstructor
    static class TakenForPage implements WebMvcConfigurer {

        private final TemplateObjectsDialect dialect;

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       ModelAndView modelAndView) {
                    if (modelAndView != null) {
                        dialect.takeForPage(request);
                    }
                }
            });
        }
    }

    /** The helpers are singletons; what they give a page is taken once per page (or once per view without one). */
    private record Factory(Map<String, TemplateObject> objects) implements IExpressionObjectFactory {

        @Override
        public Set<String> getAllExpressionObjectNames() {
            return objects.keySet();
        }

        @Override
        public Object buildObject(IExpressionContext context, String name) {
            if (context instanceof IWebContext web
                    && web.getExchange().getAttributeValue(TAKEN) instanceof Map<?, ?> taken && taken.containsKey(name)) {
                return taken.get(name);
            }
            return objects.get(name).forPage();
        }

        @Override
        public boolean isCacheable(String name) {
            return true;
        }
    }
}
