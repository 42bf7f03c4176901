package org.rabta.referrals;

import java.time.Instant;

/** A committee member's review note on a referral, which both agencies see (action items are the committee's). */
public record ReviewEntry(long id, String body, String authorName, Instant createdAt) {
}
