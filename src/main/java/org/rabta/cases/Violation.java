package org.rabta.cases;

import java.util.List;

/** One broken rule on one field of a {@link CaseForm}; {@code code} is a message key, resolved in the user's language. */
public record Violation(String field, String code, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, List.of(arguments));
    }
}
