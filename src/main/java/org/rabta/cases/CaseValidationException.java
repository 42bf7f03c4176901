package org.rabta.cases;

import java.util.List;

/** The input broke the case rules; nothing was saved. Screens show each violation beside its field, the API answers 400. */
public class CaseValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public CaseValidationException(List<Violation> violations) {
        super("Invalid case: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
