package org.rabta.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.engine.ScreeningResult;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening as a service: states which legal elements the given facts meet, and why, in the
 * caller's language (Accept-Language). Any signed-in user may ask; nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningApiController {

    private final ScreeningMessages screeningMessages;
    private final MessageSource messages;

    ScreeningApiController(ScreeningMessages screeningMessages, MessageSource messages) {
        this.screeningMessages = screeningMessages;
        this.messages = messages;
    }

    @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@RequestBody EvaluationRequest request, Locale locale) {
        ScreeningResult result = RuleSets.current().evaluate(EvaluationRequestParser.parse(request));
        return EvaluationResponse.of(result, screeningMessages.sentences(result.explanation(), locale));
    }

    /** The same shape as the API's other validation errors: a detail naming the fields, and {@code errors}. */
    @ExceptionHandler(InvalidEvaluationRequestException.class)
    ProblemDetail invalid(InvalidEvaluationRequestException exception, Locale locale) {
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
