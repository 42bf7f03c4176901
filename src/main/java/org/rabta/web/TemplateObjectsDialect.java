package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes every {@link TemplateObject} bean an expression object of the templates, under its
 * {@link TemplateObject#templateName() name}. Spring Boot adds every dialect bean to the template engine.
 * What a page renders with is {@link TemplateObject#forPage()}, taken when its handler is done, before the page's
 * transaction ends ({@link PageTransactionConfiguration}); a view rendered without a handler (an error page) takes it
 * as it renders.
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
