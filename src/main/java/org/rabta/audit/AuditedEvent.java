package org.rabta.audit;

/**
 * An event a feature publishes about what it did, whose audit line the trail writes ({@link AuditTrail#on}): the
 * listener runs synchronously in the publisher's transaction, so the change and its audit line commit or roll back
 * together, as with {@link AuditTrail#record}. The event's type belongs to the module that listens to it for its
 * own purpose (the case timeline's {@code CaseActivity}); this interface is how the audit trail hears it as well.
 */
public interface AuditedEvent {

    AuditRecord auditRecord();
}
