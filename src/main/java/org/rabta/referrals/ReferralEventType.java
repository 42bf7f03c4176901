package org.rabta.referrals;

/**
 * What can appear on a referral's own timeline: its creation, each move of the state machine (named as the move,
 * {@link ReferralAction#eventType()}), "overdue", and a committee's review note or action item. The name is what
 * {@code referral_event.type} stores and what {@code referrals.event.*} translates.
 */
public enum ReferralEventType {
    CREATED,
    SEND,
    ACCEPT,
    DECLINE,
    START,
    COMPLETE,
    WITHDRAW,
    NOTE,
    OVERDUE,
    REVIEW_NOTE,
    ACTION_ITEM
}
