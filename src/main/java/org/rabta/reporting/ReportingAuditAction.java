package org.rabta.reporting;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of statistics: exports of tables and of case lists.
 */
enum ReportingAuditAction implements AuditAction {
    STATISTICS_EXPORTED,
    CASES_EXPORTED
}
