package org.rabta.screening;

import org.rabta.audit.AuditAction;

/** What the audit trail records of stored screenings. */
enum ScreeningAuditAction implements AuditAction {
    SCREENING_CREATED,
    SCREENING_UPDATED,
    SCREENING_DETERMINED,
    SCREENING_CONFIRMED,
    SCREENING_RETURNED,
    SCREENING_VIEWED,
    SCREENING_HISTORY_VIEWED
}
