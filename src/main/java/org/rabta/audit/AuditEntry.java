package org.rabta.audit;

import java.time.Instant;

/**
 * An audit event as administrators see it. The details of events about a victim case are withheld
 * ({@code detailsWithheld}): they can hold names and identifiers, and administrators see no victim
 * data. Who did what to which case, and when, stays visible.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorAgency, String action, String targetType,
                         String targetId, String caseNumber, String details, boolean detailsWithheld, String remoteAddress) {

    static AuditEntry forAdministrators(AuditEvent event) {
        boolean aboutCase = event.getCaseNumber() != null || "CASE".equals(event.getTargetType());
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getActorAgency(), event.getAction(),
                event.getTargetType(), event.getTargetId(), event.getCaseNumber(),
                aboutCase ? null : event.getDetails(), aboutCase && event.getDetails() != null, event.getRemoteAddress());
    }
}
