package org.rabta.referrals;

/** DRAFT -> SENT -> ACCEPTED | DECLINED -> IN_PROGRESS -> COMPLETED, or WITHDRAWN by the sender before it ends. */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN;

    /** Declined, completed and withdrawn referrals have ended: nothing more happens to them. */
    public boolean isEnded() {
        return this == DECLINED || this == COMPLETED || this == WITHDRAWN;
    }

    /** Accepted and in progress: the provider is working on it, so it must show progress every 14 days. */
    public boolean isActive() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }
}
