package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language is chosen with {@code ?lang=ur} or {@code ?lang=en} and kept in a cookie, so any app
 * instance serves the same language without server state; signed-in users also keep it in their
 * profile (see accounts). On a download ({@link Downloads}) the choice holds for that file only.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rabta-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Locale supported = locale == null ? null
                        : SupportedLocales.fromTag(locale.toLanguageTag()).orElse(SupportedLocales.ENGLISH);
                if (supported != null && Downloads.isDownload(request)) {
                    // This request only: no cookie, so the next page is in the language the user reads in.
                    request.setAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME, supported);
                } else {
                    super.setLocale(request, response, supported);
                }
            }
        };
        resolver.setDefaultLocaleFunction(request -> SupportedLocales.fromTag(request.getHeader("Accept-Language") == null
                ? null : request.getLocale().toLanguageTag()).orElse(SupportedLocales.ENGLISH));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
