package org.rabta.investigations;

import java.util.List;
import org.rabta.cases.Violation;

/** The input broke a rule of a field; nothing was saved. The API answers 400 naming each field, the forms show each. */
class InvalidInvestigationException extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidInvestigationException(List<Violation> violations) {
        super("Invalid investigation input: " + violations);
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
