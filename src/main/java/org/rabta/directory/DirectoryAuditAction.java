package org.rabta.directory;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of agencies and the service directory.
 */
enum DirectoryAuditAction implements AuditAction {
    AGENCY_CREATED,
    AGENCY_UPDATED,
    AGENCY_DEACTIVATED,
    AGENCY_REACTIVATED,
    SERVICE_DIRECTORY_UPDATED
}
