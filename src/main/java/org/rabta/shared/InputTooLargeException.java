package org.rabta.shared;

import java.util.List;

/**
 * A request larger than Rabta accepts (body size, CSV rows, JSON nesting; see {@code rabta.limits.*}): answered 413
 * with the message of {@link #messageCode()}, nothing saved. Unchecked, so that a transaction it leaves rolls back.
 */
public class InputTooLargeException extends RuntimeException {

    private final String messageCode;
    private final transient List<Object> arguments;

    public InputTooLargeException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
