package org.rabta.shared;

/**
 * A request that is well-formed but breaks a rule of the domain (the last active admin cannot be
 * deactivated, a referral cannot move from DRAFT to COMPLETED, ...). The message code is resolved
 * against messages.properties so the user reads it in their own language; the API answers 409.
 */
public class BusinessRuleException extends TranslatedException {

    public BusinessRuleException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
