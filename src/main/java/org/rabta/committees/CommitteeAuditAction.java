package org.rabta.committees;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of coordination committees: the committees, their rosters, meetings, action
 * items and escalations, and the agencies' sectors.
 */
enum CommitteeAuditAction implements AuditAction {
    COMMITTEE_CREATED,
    COMMITTEE_ACTIVE,
    COMMITTEE_INACTIVE,
    COMMITTEE_MEMBERSHIP_ADDED,
    COMMITTEE_TERM_ENDED,
    COMMITTEE_MEETING_RECORDED,
    COMMITTEE_ACTION_ADDED,
    COMMITTEE_ACTION_OPEN,
    COMMITTEE_ACTION_DONE,
    COMMITTEE_ACTION_DROPPED,
    COMMITTEE_ESCALATED,
    COMMITTEE_ESCALATION_RESOLVED,
    COMMITTEE_INVESTIGATIONS_VIEWED,
    AGENCY_SECTORS_RECORDED
}
