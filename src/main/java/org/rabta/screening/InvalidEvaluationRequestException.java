package org.rabta.screening;

import java.util.List;

/** A screening request with fields that cannot be read; answered as a 400 naming each field. */
class InvalidEvaluationRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidEvaluationRequestException(List<FieldProblem> problems) {
        super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
