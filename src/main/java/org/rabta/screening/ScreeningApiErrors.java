package org.rabta.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Field errors of the screening API, in the same shape as the API's other validation errors: a detail naming
 * the fields, and {@code errors} with each field and its message in the caller's language.
 */
@RestControllerAdvice(assignableTypes = {ScreeningApiController.class, ScreeningRecordsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreeningApiErrors {

    private final MessageSource messages;

    ScreeningApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidScreeningRequestException.class)
    ProblemDetail invalid(InvalidScreeningRequestException exception, Locale locale) {
        List<Map<String, String>> errors = exception.problems().stream()
                .map(problem -> Map.of("field", problem.field(), "message",
                        messages.getMessage(problem.messageCode(), problem.args().toArray(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: "
                + String.join(", ", errors.stream().map(error -> error.get("field") + " " + error.get("message")).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
