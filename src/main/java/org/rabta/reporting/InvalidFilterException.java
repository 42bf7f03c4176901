package org.rabta.reporting;

/** A statistics filter that names no such province, district or period; the API answers 400 naming the field. */
class InvalidFilterException extends RuntimeException {

    private final String field;
    private final String messageCode;

    InvalidFilterException(String field, String messageCode) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return messageCode;
    }
}
