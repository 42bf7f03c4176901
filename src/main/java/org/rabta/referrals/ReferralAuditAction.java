package org.rabta.referrals;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of referrals and their review. A move of the state machine is audited as
 * {@code REFERRAL_} and the move's name ({@link ReferralAction#auditAction()}).
 */
enum ReferralAuditAction implements AuditAction {
    REFERRAL_CREATED,
    REFERRAL_CONSENT_OVERRIDDEN,
    REFERRAL_SEND,
    REFERRAL_ACCEPT,
    REFERRAL_DECLINE,
    REFERRAL_START,
    REFERRAL_COMPLETE,
    REFERRAL_WITHDRAW,
    REFERRAL_NOTE,
    REFERRAL_OVERDUE,
    REFERRAL_VIEWED,
    REFERRALS_LISTED,
    REFERRAL_REVIEW_QUEUE_VIEWED,
    REFERRAL_REVIEW_VIEWED,
    REFERRAL_ACTION_ITEM_ADDED,
    REFERRAL_REVIEW_NOTE_ADDED
}
