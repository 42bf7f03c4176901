package org.rabta.referrals;

/** What a notification tells: a new referral for the provider; accepted, declined, completed for the sender; overdue for both. */
public enum NotificationKind {
    NEW,
    ACCEPTED,
    DECLINED,
    OVERDUE,
    COMPLETED
}
