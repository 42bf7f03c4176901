package org.rabta.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: text direction and the language-switch links. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return SupportedLocales.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        String current = currentPage(request);
        return new LanguageLinks(link(current, SupportedLocales.ENGLISH), link(current, SupportedLocales.URDU));
    }

    /** The page to reload in the other language: the same page for a GET, the home page after a POST. */
    private static String currentPage(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return errorUri.toString();
        }
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String link(String page, Locale locale) {
        return UriComponentsBuilder.fromUriString(page)
                .replaceQueryParam(LocaleConfiguration.LANGUAGE_PARAMETER, locale.getLanguage())
                .build().toUriString();
    }

    public record LanguageLinks(String english, String urdu) {
    }
}
