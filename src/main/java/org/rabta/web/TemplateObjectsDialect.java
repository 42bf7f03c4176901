package org.rabta.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes every {@link TemplateObject} bean an expression object of the templates, under its
 * {@link TemplateObject#templateName() name}. Spring Boot adds every dialect bean to the template engine.
 */
@Component
class TemplateObjectsDialect implements IExpressionObjectDialect {

    private final Factory factory;

    TemplateObjectsDialect(List<TemplateObject> objects) {
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

    /** The beans are stateless singletons: one object serves every template of every request. */
    private record Factory(Map<String, TemplateObject> objects) implements IExpressionObjectFactory {

        @Override
        public Set<String> getAllExpressionObjectNames() {
            return objects.keySet();
        }

        @Override
        public Object buildObject(IExpressionContext context, String name) {
            return objects.get(name);
        }

        @Override
        public boolean isCacheable(String name) {
            return true;
        }
    }
}
