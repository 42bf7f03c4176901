package org.rabta.geography;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of districts.
 */
enum GeographyAuditAction implements AuditAction {
    DISTRICT_ADDED,
    DISTRICT_UPDATED
}
