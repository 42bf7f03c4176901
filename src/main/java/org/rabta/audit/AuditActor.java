package org.rabta.audit;

/**
 * Implemented by the signed-in principal so the audit trail can record the actor's agency without
 * depending on the accounts feature.
 */
public interface AuditActor {

    String getUsername();

    String agencyCode();
}
