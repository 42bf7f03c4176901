package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Screens: a record that does not exist or is out of reach shows the same friendly 404 page, and is audited. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    private final LayoutModel layout = new LayoutModel();
    private final DeniedProbes deniedProbes;

    WebExceptionHandler(DeniedProbes deniedProbes) {
        this.deniedProbes = deniedProbes;
    }

    /** An exception handler's view gets no @ModelAttribute values, so the layout's are added here. */
    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException exception, HttpServletRequest request, Locale locale) {
        deniedProbes.record(request, exception);
        ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
        view.addObject("status", HttpStatus.NOT_FOUND.value());
        view.addObject("textDirection", layout.textDirection(locale));
        view.addObject("languageLinks", layout.languageLinks(request));
        return view;
    }
}
