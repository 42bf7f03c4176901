package org.rabta.web;

/**
 * A request input that cannot be taken as it stands: a value of the wrong kind for its parameter, path
 * variable or form field, or text holding a NUL character (PostgreSQL cannot store one in text, and no
 * person types one). It answers 400 naming the input, before any handler acts on it, so nothing is saved.
 */
class RejectedInputException extends RuntimeException {

    private final String input;
    private final String messageCode;

    RejectedInputException(String input, String messageCode) {
        super(messageCode + ": " + input);
        this.input = input;
        this.messageCode = messageCode;
    }

    /** The input as the request names it: a parameter, a path variable, a form field or a JSON property path. */
    String input() {
        return input;
    }

    /** The message that says what is wrong with it, in the reader's language. */
    String messageCode() {
        return messageCode;
    }

    static final String INVALID = "error.input.invalid";
    static final String NUL = "error.input.nul";
}
