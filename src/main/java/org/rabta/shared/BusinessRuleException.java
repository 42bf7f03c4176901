package org.rabta.shared;

import java.util.Optional;

/**
 * A request that is well-formed but breaks a rule of the domain (the last active admin cannot be
 * deactivated, a referral cannot move from DRAFT to COMPLETED, ...). The message code is resolved
 * against messages.properties so the user reads it in their own language; the API answers 409.
 * A rule about one field of a form names it ({@link #onField}), so that the screens show the message beside it.
 */
public class BusinessRuleException extends TranslatedException {

    private final String field;

    public BusinessRuleException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
        this.field = null;
    }

    private BusinessRuleException(String messageCode, Object[] arguments, String field) {
        super(messageCode, arguments);
        this.field = field;
    }

    /** The rule broken by the value of {@code field}, a property of the form that carried it. */
    public static BusinessRuleException onField(String field, String messageCode, Object... arguments) {
        return new BusinessRuleException(messageCode, arguments, field);
    }

    /** The form's field the rule is about; empty when it concerns the request as a whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
