package org.rabta.screening;

import java.util.List;

/**
 * A screening request with fields that cannot be read or break a rule of the screening (a determination that
 * differs from the engine without a reason, a return without a comment); answered as a 400 naming each field,
 * and shown beside each field on the screens.
 */
public class InvalidScreeningRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidScreeningRequestException(List<FieldProblem> problems) {
        super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
