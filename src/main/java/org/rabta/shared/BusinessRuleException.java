package org.rabta.shared;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain (the last active admin cannot be
 * deactivated, a referral cannot move from DRAFT to COMPLETED, ...). The message code is resolved
 * against messages.properties so the user reads it in their own language; the API answers 409.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageCode;
    private final transient List<Object> arguments;

    public BusinessRuleException(String messageCode, Object... arguments) {
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
