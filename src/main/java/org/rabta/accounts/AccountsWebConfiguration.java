package org.rabta.accounts;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class AccountsWebConfiguration implements WebMvcConfigurer {

    private final OwnAccount accounts;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UserLocaleInterceptor(accounts)).excludePathPatterns("/api/**");
    }
}
