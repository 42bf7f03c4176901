package org.rabta.shared;

import java.util.List;

/**
 * One broken rule on one field of the input; {@code code} is a message key, resolved in the user's language with
 * {@code arguments}. Every feature reports field errors with it: the screens show each beside its field, the API
 * lists each in the problem detail's {@code errors} (see {@link InvalidInputException}).
 */
public record Violation(String field, String code, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, List.of(arguments));
    }
}
