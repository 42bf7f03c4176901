package org.rabta.referrals;

import java.time.Instant;
import java.time.LocalDate;

/** A committee member's review note, or an action item (what, who, by when), on a referral. */
public record ReviewEntry(long id, Kind kind, String body, String actionOwner, LocalDate actionDue, String authorName,
                          Instant createdAt) {

    public enum Kind { NOTE, ACTION }
}
