package org.rabta.audit;

import java.time.Instant;

/**
 * An audit event as administrators see it. The details of events about a victim case are withheld
 * ({@code detailsWithheld}): they can hold names and identifiers, and administrators see no victim
 * data. Who did what to which case, and when, stays visible. Of a bulk read (a list, search, export or
 * duplicate check) they see that it happened, who made it and how many cases it returned
 * ({@code casesReturned}, null for other events), never its terms, which {@link AuditEvent} does not even map.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorAgency, String action, String targetType,
                         String targetId, String caseNumber, String details, boolean detailsWithheld, String remoteAddress,
                         Long casesReturned) {

    static AuditEntry forAdministrators(AuditEvent event, Long casesReturned) {
        boolean aboutCase = event.getCaseNumber() != null || "CASE".equals(event.getTargetType());
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getActorAgency(), event.getAction(),
                event.getTargetType(), event.getTargetId(), event.getCaseNumber(),
                aboutCase ? null : event.getDetails(), aboutCase && event.getDetails() != null, event.getRemoteAddress(),
                casesReturned);
    }
}
