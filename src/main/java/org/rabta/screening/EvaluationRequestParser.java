package org.rabta.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Turns an {@link EvaluationRequest} into engine input, collecting every problem with the field it
 * is in. A missing or null age is unknown; a fact left out is UNKNOWN; indicators are read as a stored
 * screening's are (an unknown code is a problem on {@code indicators[i]}).
 */
final class EvaluationRequestParser {

    static final String AGE = "age";
    static final String FACTS = "facts";

    /** Long bad values are cut short when repeated back in an error message. */
    private static final int MAX_ECHOED_LENGTH = 40;

    private EvaluationRequestParser() {
    }

    static ScreeningInput parse(EvaluationRequest request) {
        List<Violation> problems = new ArrayList<>();
        Integer age = age(request.age(), problems);
        Facts facts = facts(request.facts(), problems);
        int indicators = ScreeningRequestParser.indicators(request.indicators(), problems).size();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ScreeningInput(age, facts, indicators);
    }

    static Integer age(JsonNode node, List<Violation> problems) {
        if (isAbsent(node)) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()
                && node.intValue() >= ScreeningInput.MIN_AGE && node.intValue() <= ScreeningInput.MAX_AGE) {
            return node.intValue();
        }
        problems.add(Violation.of(AGE, "screening.api.error.age", ScreeningInput.MIN_AGE, ScreeningInput.MAX_AGE));
        return null;
    }

    static Facts facts(JsonNode node, List<Violation> problems) {
        if (isAbsent(node)) {
            return Facts.none();
        }
        if (!node.isObject()) {
            problems.add(Violation.of(FACTS, "screening.api.error.facts"));
            return Facts.none();
        }
        Map<Fact, Answer> answers = new EnumMap<>(Fact.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String field = FACTS + "." + entry.getKey();
            Optional<Fact> fact = Fact.fromCode(entry.getKey());
            Optional<Answer> answer = entry.getValue().isString()
                    ? Answer.fromCode(entry.getValue().stringValue()) : Optional.empty();
            if (fact.isEmpty()) {
                problems.add(Violation.of(field, "screening.api.error.unknownFact"));
            } else if (answer.isEmpty()) {
                problems.add(Violation.of(field, "screening.api.error.answer", echo(entry.getValue())));
            } else {
                answers.put(fact.get(), answer.get());
            }
        }
        return Facts.of(answers);
    }

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    static String echo(JsonNode value) {
        String json = value.toString();
        return json.length() <= MAX_ECHOED_LENGTH ? json : json.substring(0, MAX_ECHOED_LENGTH) + "…";
    }
}
