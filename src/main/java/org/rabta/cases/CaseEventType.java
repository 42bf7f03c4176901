package org.rabta.cases;

/**
 * What can appear on a case's timeline: the case's own events, and those other features announce about it
 * ({@link CaseActivity}). The name is what {@code case_event.type} stores and what {@code cases.event.*} translates.
 */
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
    SCREENING_RETURNED,
    REFERRAL_SENT,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED,
    REFERRAL_IN_PROGRESS,
    REFERRAL_COMPLETED,
    REFERRAL_WITHDRAWN,
    AGENCY_INFORMED
}
