package org.rabta.screening;

import java.util.List;

/**
 * What is wrong with one field of a request, as a message code the reader sees in their language.
 *
 * @param field       the JSON path of the field, e.g. {@code facts.ACT_RECRUITED}
 * @param messageCode key in messages*.properties
 * @param args        message arguments
 */
public record FieldProblem(String field, String messageCode, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageCode, Object... args) {
        return new FieldProblem(field, messageCode, List.of(args));
    }
}
