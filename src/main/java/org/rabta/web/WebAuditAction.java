package org.rabta.web;

import org.rabta.audit.AuditAction;

/**
 * What the audit trail records of requests as such: a probe answered "not found", and the home page's work lists.
 */
enum WebAuditAction implements AuditAction {
    ACCESS_DENIED,
    WORK_LISTS_VIEWED
}
