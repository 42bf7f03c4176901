package org.rabta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.InputTooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies beyond {@code rabta.limits.*} with 413 before anything reads them: by their declared length
 * at once, and otherwise (a chunked or falsely declared body) when the reading passes the limit. Runs before
 * Spring Security, whose CSRF check would otherwise read an oversized upload first; so the screens' answer is a
 * standalone translated page ({@code input-too-large.html}), the API's a problem detail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1000)
@RequiredArgsConstructor
class InputLimitFilter extends OncePerRequestFilter {

    private static final String CSV_IMPORT_API = "/api/v1/cases/import";

    private final InputLimits limits;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final SpringTemplateEngine templates;
    private final JsonMapper json;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitOf(request);
        if (limit == null) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(request, response, new InputTooLargeException(limit.message(), limit.shown()));
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (ServletException | IOException | RuntimeException e) {
            InputTooLargeException tooLarge = tooLarge(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, tooLarge);
        }
    }

    /** The limit of this request's body, or null for one that has none here (forms: Tomcat's 2 MB). */
    private Limit limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (path.equals(CSV_IMPORT_API) || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            // Multipart carries the CSV import screen's file and attachments (whose own 10 MB limit the service checks).
            return new Limit(limits.csvSize().toBytes(), 0, "limits.csv.tooLarge", InputLimits.readable(limits.csvSize()));
        }
        if (type.startsWith(MediaType.APPLICATION_JSON_VALUE) || type.matches("^[a-z]+/[a-z0-9.+-]*\\+json.*")) {
            return new Limit(limits.jsonSize().toBytes(), limits.jsonDepth(), "limits.json.tooLarge", InputLimits.readable(limits.jsonSize()));
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, InputTooLargeException tooLarge) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Locale locale = api ? SupportedLocales.ofApi(request.getLocale()) : localeResolver.resolveLocale(request);
        String message = messages.getMessage(tooLarge.messageCode(), tooLarge.arguments(), locale);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // The rest of an oversized body is not worth reading: the connection closes after this answer.
        response.setHeader("Connection", "close");
        if (api) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
            problem.setProperty("code", tooLarge.messageCode());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } else {
            Context context = new Context(locale);
            context.setVariable("message", message);
            context.setVariable("rightToLeft", SupportedLocales.isRightToLeft(locale));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            templates.process("input-too-large", context, response.getWriter());
        }
    }

    private static InputTooLargeException tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private record Limit(long bytes, int depth, String message, String shown) {
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final Limit limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), limit.bytes(), limit.depth(), limit.message(), limit.shown());
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
