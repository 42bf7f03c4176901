package org.rabta.cases;

import org.rabta.audit.AuditAction;

/** What the audit trail records of victim cases: their reads (the verbs "who looked" counts) and their changes. */
public enum CaseAuditAction implements AuditAction {
    CASE_REGISTERED,
    CASE_IMPORTED,
    CASES_IMPORTED,
    CASE_UPDATED,
    CASE_STATUS_CHANGED,
    CASE_CLOSED,
    CASE_REOPENED,
    CASE_REASSIGNED,
    CASE_NOTE_ADDED,
    CASE_ATTACHMENT_ADDED,
    CASE_DUPLICATE_LINKED,
    CASE_VIEWED,
    CASE_SUMMARY_VIEWED,
    CASE_SUMMARIES_VIEWED,
    CASE_ATTACHMENT_DOWNLOADED,
    CASE_DUPLICATES_CHECKED,
    CASE_AUDIT_VIEWED,
    CASES_LISTED,
    CASES_SEARCHED,
    LINKED_CASES_VIEWED,
    SYNTHETIC_CASES_LOADED
}
