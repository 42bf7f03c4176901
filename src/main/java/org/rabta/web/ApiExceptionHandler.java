package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InputTooLargeException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.TranslatedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Errors on the JSON API as RFC 9457 problem details. Validation errors list every field with its
 * message in an {@code errors} property so a client can show them next to its own inputs.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final DeniedProbes deniedProbes;
    private final DisplayTime displayTime;

    /** Audited as a denied probe, like the screens' 404. */
    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException exception, HttpServletRequest request) {
        deniedProbes.record(request, exception);
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record, or it is outside your access.");
    }

    /**
     * A stale edit: says who saved the record in between and when, so the client can reload and reapply; in the
     * caller's language where the record's kind has its own message (a case, an investigation).
     */
    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.messageCode()
                .map(code -> messages.getMessage(code, new Object[] {exception.changedBy(),
                        displayTime.format(exception.changedAt())}, code, locale))
                .orElse("The record was changed by someone else since you loaded it; reload it and apply your change again."));
        if (exception.changedBy() != null || exception.messageCode().isPresent()) {
            problem.setProperty("changedBy", exception.changedBy());
            problem.setProperty("changedAt", exception.changedAt());
        }
        return problem;
    }

    /** Beyond {@code rabta.limits.*} (most oversized bodies are refused earlier, by {@link InputLimitFilter}). */
    @ExceptionHandler(InputTooLargeException.class)
    ProblemDetail tooLarge(InputTooLargeException exception, Locale locale) {
        return translated(HttpStatus.CONTENT_TOO_LARGE, exception, locale);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail ruleBroken(BusinessRuleException exception, Locale locale) {
        return translated(HttpStatus.CONFLICT, exception, locale);
    }

    /** The message in the caller's language, and its code for clients that act on it. */
    private ProblemDetail translated(HttpStatus status, TranslatedException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(exception.messageCode(), exception.arguments(), exception.messageCode(), locale));
        problem.setProperty("code", exception.messageCode());
        return problem;
    }

    /** Every field in error with its message in the caller's language. */
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException exception, Locale locale) {
        return fieldErrors(exception.violations().stream()
                .map(violation -> error(violation.field(), messages.getMessage(violation.code(),
                        violation.arguments().toArray(), violation.code(), locale)))
                .toList());
    }

    /** A NUL character or a form field of the wrong kind (see {@link RequestInputBinding}). */
    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<Object> rejected(RejectedInputException exception, Locale locale) {
        return badInput(exception.input(), exception.messageCode(), locale);
    }

    /** {@code ?status=x}: names the parameter, never the type it should have had (an internal class name). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String input = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : exception.getPropertyName();
        return badInput(input, RejectedInputException.INVALID, request.getLocale());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badInput(exception.getParameterName(), "error.input.missing", request.getLocale());
    }

    /** A body that is not JSON, or a property of the wrong kind: named by its path when the parser knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (exception.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return badInput(propertyPath(databind), RejectedInputException.INVALID, request.getLocale());
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON, or not of the expected shape."));
    }

    private ResponseEntity<Object> badInput(String input, String messageCode, Locale locale) {
        return ResponseEntity.badRequest().body(invalid(InvalidInputException.of(input, messageCode), locale));
    }

    /** The 400 of every field error: a detail naming each field, and {@code errors} listing each with its message. */
    private static ProblemDetail fieldErrors(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid request: " + String.join(", ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String propertyPath(DatabindException exception) {
        StringBuilder path = new StringBuilder();
        for (var reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        return ResponseEntity.badRequest().body(fieldErrors(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> error(error.getField(), messages.getMessage(error, locale)))
                .toList()));
    }
}
