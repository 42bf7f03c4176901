package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.rabta.shared.InputTooLargeException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Screens: a record that does not exist or is out of reach shows the same friendly 404 page. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    private final LayoutModel layout = new LayoutModel();
    private final MessageSource messages;

    WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** Beyond {@code rabta.limits.*}, e.g. an import of too many rows: the same page as {@link InputLimitFilter}'s. */
    @ExceptionHandler(InputTooLargeException.class)
    ModelAndView tooLarge(InputTooLargeException exception, Locale locale) {
        ModelAndView view = new ModelAndView("input-too-large", HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("message", messages.getMessage(exception.messageCode(), exception.arguments(), locale));
        view.addObject("rightToLeft", SupportedLocales.isRightToLeft(locale));
        return view;
    }

    /** An exception handler's view gets no @ModelAttribute values, so the layout's are added here. */
    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
        view.addObject("status", HttpStatus.NOT_FOUND.value());
        view.addObject("textDirection", layout.textDirection(locale));
        view.addObject("languageLinks", layout.languageLinks(request));
        return view;
    }
}
