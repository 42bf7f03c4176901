package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 503 answer, with {@code Retry-After}, when Rabta cannot serve a request for the moment: its database is out of
 * reach ({@link DatabaseOutageFilter}) or it is serving as many requests as it can ({@link RequestConcurrencyLimit}).
 * Written by request filters, before Spring MVC and without the database: the screens get a standalone translated
 * page ({@code unavailable.html}, whose language comes from the cookie, {@code ?lang=} or {@code Accept-Language},
 * since the user's remembered language is in the database), the API a problem detail whose {@code code} names the
 * reason.
 */
@Component
@RequiredArgsConstructor
class ServiceUnavailable {

    /** Why, with its message keys ({@code <code>.title}, {@code <code>.text}) and how soon to try again. */
    enum Reason {
        DATABASE("unavailable.database", Duration.ofSeconds(10)),
        BUSY("unavailable.busy", Duration.ofSeconds(2));

        private final String code;
        private final Duration retryAfter;

        Reason(String code, Duration retryAfter) {
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final SpringTemplateEngine templates;
    private final JsonMapper json;

    void write(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Locale locale = api ? SupportedLocales.ofApi(request.getLocale()) : pageLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(reason.retryAfter.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage(reason.code + ".title", null, locale) + ". " + messages.getMessage(reason.code + ".text", null, locale));
            problem.setProperty("code", reason.code);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } else {
            Context context = new Context(locale);
            context.setVariable("code", reason.code);
            context.setVariable("rightToLeft", SupportedLocales.isRightToLeft(locale));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            templates.process("unavailable", context, response.getWriter());
        }
    }

    /** {@code ?lang=} of a GET first (the interceptor that would remember it does not run), then the usual resolver. */
    private Locale pageLocale(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            Locale asked = SupportedLocales.fromTag(request.getParameter(LocaleConfiguration.LANGUAGE_PARAMETER)).orElse(null);
            if (asked != null) {
                return asked;
            }
        }
        return localeResolver.resolveLocale(request);
    }
}
