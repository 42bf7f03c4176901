package org.rabta.directory;

import java.util.List;

/** A directory entry that breaks a rule, field by field, so that screens show each message beside its field. */
public class InvalidServiceOfferException extends RuntimeException {

    public record Problem(String field, String code, Object... args) {
    }

    private final List<Problem> problems;

    InvalidServiceOfferException(List<Problem> problems) {
        super("Invalid service directory entry: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
