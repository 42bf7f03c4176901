package org.rabta.notifications;

/**
 * What a notification tells. Referrals: NEW for the provider; ACCEPTED, DECLINED, COMPLETED for the sender; OVERDUE
 * for both. Screenings: SUBMITTED for the agency's supervisors, RETURNED for its author. Committees: an action item
 * ASSIGNED to a member or to an agency's users. Investigations: a law-enforcement agency INFORMED of a case by the
 * agency that owns it, for its supervisors.
 */
public enum NotificationKind {
    NEW,
    ACCEPTED,
    DECLINED,
    OVERDUE,
    COMPLETED,
    SCREENING_SUBMITTED,
    SCREENING_RETURNED,
    ACTION_ITEM_ASSIGNED,
    AGENCY_INFORMED
}
