package org.rabta.notifications;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of notifications.
 */
enum NotificationAuditAction implements AuditAction {
    NOTIFICATIONS_LISTED
}
