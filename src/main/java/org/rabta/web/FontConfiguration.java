package org.rabta.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the fonts the printed PDFs embed (resources/fonts) to the pages too: static/css/rabta.css falls back on Noto
 * Naskh Arabic for Urdu, so that a browser with no Urdu font installed still shows every letter instead of boxes
 * (without one, Chromium drew no glyph for ہ, the last letter of رابطہ). A font changes only with a release.
 */
@Configuration(proxyBeanMethods = false)
class FontConfiguration implements WebMvcConfigurer {

    static final String FONTS = "/fonts/*.ttf";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(FONTS).addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
