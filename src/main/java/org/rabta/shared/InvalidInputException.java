package org.rabta.shared;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The input broke rules of its fields; nothing was saved. The screens show each {@link Violation} beside its field,
 * the API answers 400 naming each field. Unchecked, so that a transaction it leaves rolls back.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, Object... arguments) {
        return new InvalidInputException(List.of(Violation.of(field, code, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violations with their fields named otherwise, e.g. a form's property by its JSON path on the API. */
    public InvalidInputException withFieldsNamed(UnaryOperator<String> name) {
        return new InvalidInputException(violations.stream()
                .map(violation -> new Violation(name.apply(violation.field()), violation.code(), violation.arguments()))
                .toList());
    }
}
