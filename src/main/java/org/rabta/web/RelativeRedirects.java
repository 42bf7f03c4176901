package org.rabta.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * Redirects keep the relative {@code Location} they are given. Tomcat otherwise makes one absolute from the request's
 * {@code Host} header, which the client chooses (always for an HTTP/1.0 request), so a forged host could be sent
 * back in a redirect. Absolute links come only from {@code rabta.base-url}. Still 302, as the container sends.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
        RelativeRedirectFilter filter = new RelativeRedirectFilter();
        filter.setRedirectStatus(HttpStatus.FOUND);
        FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
