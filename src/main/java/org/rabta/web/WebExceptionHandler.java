package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.InputTooLargeException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Screens: a record that does not exist or is out of reach shows the same friendly 404 page (and is audited as a
 * denied probe, {@link DeniedProbes}); a malformed
 * request (a parameter, path variable or form field of the wrong kind, or missing) shows the 400 page naming
 * the input. The API answers the same with problem details ({@link ApiExceptionHandler} comes first there).
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class WebExceptionHandler {

    private final LayoutModel layout = new LayoutModel();
    private final MessageSource messages;
    private final DeniedProbes deniedProbes;

    /** Beyond {@code rabta.limits.*}, e.g. an import of too many rows: the same page as {@link InputLimitFilter}'s. */
    @ExceptionHandler(InputTooLargeException.class)
    ModelAndView tooLarge(InputTooLargeException exception, Locale locale) {
        ModelAndView view = new ModelAndView("input-too-large", HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("message", messages.getMessage(exception.messageCode(), exception.arguments(), locale));
        view.addObject("rightToLeft", SupportedLocales.isRightToLeft(locale));
        return view;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException exception, HttpServletRequest request, Locale locale) {
        deniedProbes.record(request, exception);
        return page(HttpStatus.NOT_FOUND, null, request, locale);
    }

    @ExceptionHandler(RejectedInputException.class)
    ModelAndView rejected(RejectedInputException exception, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, exception.input(), request, locale);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView typeMismatch(TypeMismatchException exception, HttpServletRequest request, Locale locale) {
        String input = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : exception.getPropertyName();
        return page(HttpStatus.BAD_REQUEST, input, request, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException exception, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, exception.getParameterName(), request, locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException exception, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, exception.getRequestPartName(), request, locale);
    }

    /** A form posted without a BindingResult to take its errors (MethodArgumentNotValidException is one). */
    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException exception, HttpServletRequest request, Locale locale) {
        FieldError field = exception.getFieldError();
        return page(HttpStatus.BAD_REQUEST, field == null ? null : field.getField(), request, locale);
    }

    /** An exception handler's view gets no @ModelAttribute values, so the layout's are added here. */
    private ModelAndView page(HttpStatus status, String input, HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("input", input);
        view.addObject("textDirection", layout.textDirection(locale));
        view.addObject("languageLinks", layout.languageLinks(request));
        return view;
    }
}
