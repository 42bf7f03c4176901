package org.rabta.accounts;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of accounts: their administration, sign-in failures and lockouts, passwords,
 * second factors, sessions and API tokens.
 */
public enum AccountAuditAction implements AuditAction {
    USER_CREATED,
    USER_UPDATED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    USER_UNLOCKED,
    USER_PASSWORD_RESET,
    PASSWORD_CHANGED,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    PASSWORD_CHANGE_FAILED,
    PASSWORD_CHANGE_LOCKED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_ACCEPTED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_RECOVERY_CODE_USED,
    SECOND_FACTOR_DISABLED,
    SECOND_FACTOR_RESET,
    SESSION_ENDED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    API_TOKEN_USED,
    API_TOKEN_REFUSED
}
