package org.rabta.screening;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.engine.ScreeningResult;
import org.springframework.http.MediaType;
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
@RequiredArgsConstructor
class ScreeningApiController {

    private final ScreeningMessages screeningMessages;

    @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@RequestBody EvaluationRequest request, Locale locale) {
        ScreeningResult result = RuleSets.current().evaluate(EvaluationRequestParser.parse(request));
        return EvaluationResponse.of(result, screeningMessages.sentences(result.explanation(), locale));
    }
}
