package org.rabta.referrals;

import java.time.Instant;

/** One entry of a referral's timeline: a move, a progress note, a review note or action item, or "overdue". */
public record ReferralEvent(long id, Instant occurredAt, ReferralEventType type, String actor, String actorName, String agencyCode,
                            String note) {
}
