package org.rabta.investigations;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of investigations, their accused, victims and mutual legal assistance requests.
 */
public enum InvestigationAuditAction implements AuditAction {
    INVESTIGATION_REGISTERED,
    INVESTIGATION_UPDATED,
    INVESTIGATION_VICTIM_LINKED,
    MLA_REQUEST_ADDED,
    ACCUSED_ADDED,
    ACCUSED_EVENT_RECORDED,
    INVESTIGATION_OFFER_DECLINED,
    COMPETENT_AGENCY_INFORMED,
    INVESTIGATION_VIEWED,
    ACCUSED_VIEWED,
    INVESTIGATIONS_LISTED,
    INVESTIGATIONS_SEARCHED,
    COURT_CALENDAR_VIEWED,
    SYNTHETIC_INVESTIGATIONS_LOADED
}
