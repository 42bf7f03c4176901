package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Rejects a NUL character in any request parameter (query or form, names included) or path variable before
 * the handler runs. PostgreSQL refuses NUL in text, so such a value would otherwise fail deep inside a query
 * or a save as a 500; no person types one, so it is rejected (400 naming the input) rather than silently
 * stripped. JSON bodies are checked by {@link NulCharactersInJson}, CSV imports by the importer.
 */
class NulCharacters implements HandlerInterceptor {

    static final char NUL = '\u0000';

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    static boolean contains(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    private static void check(String input, String value) {
        if (contains(value)) {
            throw new RejectedInputException(input.replace(NUL, '\uFFFD'), RejectedInputException.NUL);
        }
    }
}
