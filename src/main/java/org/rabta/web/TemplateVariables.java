package org.rabta.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.security.Principal;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.web.servlet.IServletWebApplication;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.IServletWebRequest;
import org.thymeleaf.web.servlet.IServletWebSession;

/**
 * Where a page's template variables live. Thymeleaf keeps them (the model, Spring's request context) as attributes
 * of the request and reads one for every variable an expression names. The request it is handed is wrapped by
 * Spring Session, Spring Security's firewall, its header writer and its servlet API integration: none of them
 * answers attributes itself, yet every read walked all of them to reach Tomcat's request (4–7 % of every page's
 * request-thread samples). A page's context therefore reads and writes its attributes on the innermost request
 * that is reached through wrappers which only pass attributes on; a wrapper that answers an attribute itself (such
 * as Tomcat's for an error page or an include) stops the walk, so every value read is the value the outer request
 * would give. Everything else (parameters, the session, the principal, URLs) still goes through the whole chain.
 */
@Configuration(proxyBeanMethods = false)
class TemplateVariables {

    @Bean
    static BeanPostProcessor templateVariablesOnTheInnermostRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine) {
                    engine.setEngineContextFactory(new ContextFactory());
                }
                return bean;
            }
        };
    }

    /** Thymeleaf's own factory, but for a servlet page whose exchange keeps its attributes on the innermost request. */
    static final class ContextFactory implements IEngineContextFactory {

        private final IEngineContextFactory standard = new StandardEngineContextFactory();

        @Override
        public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                                                  Map<String, Object> templateResolutionAttributes, IContext context) {
            if (!(context instanceof IWebContext web) || !(web.getExchange() instanceof IServletWebExchange exchange)) {
                return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            for (String name : context.getVariableNames()) {
                variables.put(name, context.getVariable(name));
            }
            return new WebEngineContext(configuration, templateData, templateResolutionAttributes,
                    new InnermostAttributes(exchange, innermost((ServletRequest) exchange.getNativeRequestObject())),
                    context.getLocale(), variables);
        }
    }

    /** The innermost request reached through wrappers that pass every attribute call on unchanged. */
    static ServletRequest innermost(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
            current = wrapper.getRequest();
        }
        return current;
    }

    /** Whether a wrapper class leaves all four attribute methods to {@link ServletRequestWrapper} (asked once per class). */
    private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Stream.of(method(type, "getAttribute", String.class), method(type, "getAttributeNames"),
                            method(type, "setAttribute", String.class, Object.class), method(type, "removeAttribute", String.class))
                    .allMatch(declaredBy -> declaredBy == ServletRequestWrapper.class);
        }

        private static Class<?> method(Class<?> type, String name, Class<?>... parameters) {
            try {
                return type.getMethod(name, parameters).getDeclaringClass();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is a ServletRequestWrapper without " + name, e);
            }
        }
    };

    /** The page's exchange, with its attributes read and written on {@code attributes}. */
    record InnermostAttributes(IServletWebExchange exchange, ServletRequest attributes) implements IServletWebExchange {

        @Override
        public Object getAttributeValue(String name) {
            return attributes.getAttribute(name);
        }

        @Override
        public void setAttributeValue(String name, Object value) {
            attributes.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.removeAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return attributes.getAttributeNames();
        }

        @Override
        public IServletWebRequest getRequest() {
            return exchange.getRequest();
        }

        @Override
        public IServletWebSession getSession() {
            return exchange.getSession();
        }

        @Override
        public IServletWebApplication getApplication() {
            return exchange.getApplication();
        }

        @Override
        public Principal getPrincipal() {
            return exchange.getPrincipal();
        }

        @Override
        public Locale getLocale() {
            return exchange.getLocale();
        }

        @Override
        public String getContentType() {
            return exchange.getContentType();
        }

        @Override
        public String getCharacterEncoding() {
            return exchange.getCharacterEncoding();
        }

        @Override
        public String transformURL(String url) {
            return exchange.transformURL(url);
        }

        @Override
        public Object getNativeRequestObject() {
            return exchange.getNativeRequestObject();
        }

        @Override
        public Object getNativeResponseObject() {
            return exchange.getNativeResponseObject();
        }
    }
}
