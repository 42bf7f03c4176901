package org.rabta.shared;

import java.util.List;

/**
 * An exception whose message the user reads in their own language: a code of messages.properties and its
 * arguments. Unchecked, so that a transaction it leaves rolls back. The subclasses say how it is answered.
 */
public abstract class TranslatedException extends RuntimeException {

    private final String messageCode;
    private final transient List<Object> arguments;

    protected TranslatedException(String messageCode, Object... arguments) {
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
