package org.rabta.cases;

/** What can appear on a case's timeline. Later features (screening, referrals) add their own through CaseService. */
public enum CaseEventType {
    REGISTERED,
    IMPORTED,
    EDITED,
    NOTE_ADDED,
    ATTACHMENT_ADDED,
    STATUS_CHANGED,
    CLOSED,
    REOPENED,
    REASSIGNED,
    DUPLICATE_LINKED,
    SCREENING_DETERMINED,
    SCREENING_CONFIRMED,
    SCREENING_RETURNED
}
