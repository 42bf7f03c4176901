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

    /** A malformed request: the 400 page names the input at fault. */
    @ExceptionHandler({RejectedInputException.class, TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, BindException.class})
    ModelAndView badRequest(Exception exception, HttpServletRequest request, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, input(exception), request, locale);
    }

    private static String input(Exception exception) {
        return switch (exception) {
            case RejectedInputException rejected -> rejected.input();
            case MethodArgumentTypeMismatchException argument -> argument.getName();
            case TypeMismatchException mismatch -> mismatch.getPropertyName();
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            case MissingServletRequestPartException missing -> missing.getRequestPartName();
            // A form posted without a BindingResult to take its errors (MethodArgumentNotValidException is one).
            case BindException invalid -> invalid.getFieldError() == null ? null : invalid.getFieldError().getField();
            default -> null;
        };
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
