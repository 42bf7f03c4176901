package org.rabta.shared;

/**
 * A request larger than Rabta accepts (body size, CSV rows, JSON nesting; see {@code rabta.limits.*}): answered 413
 * with the message of {@link #messageCode()}, nothing saved. Unchecked, so that a transaction it leaves rolls back.
 */
public class InputTooLargeException extends TranslatedException {

    public InputTooLargeException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
