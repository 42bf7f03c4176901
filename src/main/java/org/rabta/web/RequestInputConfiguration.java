package org.rabta.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** NUL characters are refused before any other interceptor or handler sees the request (see {@link NulCharacters}). */
@Configuration(proxyBeanMethods = false)
class RequestInputConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NulCharacters()).order(Ordered.HIGHEST_PRECEDENCE);
    }
}
