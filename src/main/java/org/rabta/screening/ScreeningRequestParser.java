package org.rabta.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.indicators.Indicator;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import tools.jackson.databind.JsonNode;

import static org.rabta.screening.EvaluationRequestParser.isAbsent;

/**
 * Reads the bodies of the screening records API, collecting every problem with the field it is in; age and facts
 * are read exactly as {@link EvaluationRequestParser} reads them for the evaluate API.
 */
final class ScreeningRequestParser {

    private ScreeningRequestParser() {
    }

    static ScreeningCommand command(StoreScreeningRequest request) {
        List<Violation> problems = new ArrayList<>();
        ScreeningCommand command = command(request, problems);
        throwIfAny(problems);
        return command;
    }

    /** A revision: the command and the version it was made on. */
    static Revision revision(StoreScreeningRequest request) {
        List<Violation> problems = new ArrayList<>();
        ScreeningCommand command = command(request, problems);
        Long version = version(request.version(), problems);
        throwIfAny(problems);
        return new Revision(command, version);
    }

    static Review review(ReviewRequest request, boolean commentExpected) {
        List<Violation> problems = new ArrayList<>();
        ReviewRequest body = request == null ? new ReviewRequest(null, null) : request;
        Long version = version(body.version(), problems);
        String comment = commentExpected ? text(body.comment(), ScreeningChanges.COMMENT, problems) : null;
        throwIfAny(problems);
        return new Review(version, comment);
    }

    record Revision(ScreeningCommand command, Long version) {
    }

    record Review(Long version, String comment) {
    }

    private static ScreeningCommand command(StoreScreeningRequest request, List<Violation> problems) {
        Integer age = EvaluationRequestParser.age(request.age(), problems);
        Facts facts = EvaluationRequestParser.facts(request.facts(), problems);
        Outcome determination = determination(request.determination(), problems);
        String reason = text(request.reason(), ScreeningChanges.REASON, problems);
        boolean draft = draft(request.draft(), problems);
        Set<Indicator> indicators = indicators(request.indicators(), problems);
        return new ScreeningCommand(age, facts, indicators, determination, reason, draft);
    }

    private static Outcome determination(JsonNode node, List<Violation> problems) {
        if (isAbsent(node)) {
            return null;
        }
        Optional<Outcome> outcome = node.isString() ? outcome(node.stringValue()) : Optional.empty();
        if (outcome.isEmpty()) {
            problems.add(Violation.of("determination", "screening.api.error.determination",
                    EvaluationRequestParser.echo(node)));
        }
        return outcome.orElse(null);
    }

    private static Optional<Outcome> outcome(String code) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field, List<Violation> problems) {
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isString()) {
            problems.add(Violation.of(field, "screening.api.error.text"));
            return null;
        }
        return node.stringValue();
    }

    private static boolean draft(JsonNode node, List<Violation> problems) {
        if (isAbsent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(Violation.of("draft", "screening.api.error.draft"));
            return false;
        }
        return node.booleanValue();
    }

    static Set<Indicator> indicators(JsonNode node, List<Violation> problems) {
        Set<Indicator> indicators = new LinkedHashSet<>();
        if (isAbsent(node)) {
            return indicators;
        }
        if (!node.isArray()) {
            problems.add(Violation.of("indicators", "screening.api.error.indicators"));
            return indicators;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Optional<Indicator> indicator = item.isString() ? Indicator.fromCode(item.stringValue()) : Optional.empty();
            if (indicator.isEmpty()) {
                problems.add(Violation.of("indicators[" + i + "]", "screening.api.error.indicator"));
            } else {
                indicators.add(indicator.get());
            }
        }
        return indicators;
    }

    private static Long version(JsonNode node, List<Violation> problems) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
            return node.longValue();
        }
        problems.add(Violation.of("version", "screening.api.error.version"));
        return null;
    }

    private static void throwIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
