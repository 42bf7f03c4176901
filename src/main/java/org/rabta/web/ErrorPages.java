package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of an error no controller handled (403 from the security rules, 404 for an unknown address, 500):
 * {@code error.html} with the status only. The framework's own model also carries an English reason phrase
 * under {@code error}, which the layout would take for a flash message key (it showed
 * {@code ??Not Found_en??}); the page's words come from the status, in the reader's language.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
