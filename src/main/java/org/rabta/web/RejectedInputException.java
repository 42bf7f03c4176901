package org.rabta.web;

import org.rabta.shared.TranslatedException;

/**
 * A request input that cannot be taken as it stands: a value of the wrong kind for its parameter, path
 * variable or form field, or text holding a NUL character (PostgreSQL cannot store one in text, and no
 * person types one). It answers 400 naming the input, before any handler acts on it, so nothing is saved.
 * Its message code says what is wrong with the input, in the reader's language.
 */
class RejectedInputException extends TranslatedException {

    static final String INVALID = "error.input.invalid";
    static final String NUL = "error.input.nul";

    private final String input;

    RejectedInputException(String input, String messageCode) {
        super(messageCode);
        this.input = input;
    }

    /** The input as the request names it: a parameter, a path variable, a form field or a JSON property path. */
    String input() {
        return input;
    }
}
