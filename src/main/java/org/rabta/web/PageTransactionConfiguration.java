package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the page's transaction ({@link PageTransactions}) begins and ends: begun by a filter just outside Spring
 * Session's (which reads the session in it), ended as soon as the handler (with the layout's model attributes) is
 * done and what the view's helpers read has been taken, before the view renders; before a failure is answered; when
 * the handler hands the response to another thread; and at the latest when the request leaves the filter.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class PageTransactionConfiguration implements WebMvcConfigurer {

    private final PageTransactions pages;
    private final TemplateObjectsDialect templateObjects;

    @Bean
    FilterRegistrationBean<PageTransactionFilter> pageTransactionFilter() {
        FilterRegistrationBean<PageTransactionFilter> registration = new FilterRegistrationBean<>(new PageTransactionFilter(pages));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First in, so its postHandle runs last: every other interceptor's work is inside the page's transaction.
        registry.addInterceptor(new AsyncHandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView modelAndView) {
                if (modelAndView != null) {
                    // What the view's helpers read is read now, with the page (TemplateObject.forPage).
                    templateObjects.takeForPage(request);
                }
                pages.end(request);
            }

            @Override
            public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
                pages.end(request);
            }
        }).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** Ends the page's transaction before any resolver answers the failure; answers nothing itself. */
    @Bean
    HandlerExceptionResolver pageTransactionEndsOnFailure() {
        return new OrderedResolver(pages);
    }

    private record OrderedResolver(PageTransactions pages) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            pages.end(request);
            return null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
