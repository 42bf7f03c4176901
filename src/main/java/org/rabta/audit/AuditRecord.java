package org.rabta.audit;

/**
 * What to write to the audit trail. {@code actor} is normally left null and taken from the
 * signed-in user; it is given explicitly for events without one (a failed sign-in, a scheduled job).
 */
public record AuditRecord(AuditAction action, String targetType, String targetId, String caseNumber,
                          String details, String actor) {

    public static AuditRecord of(AuditAction action, String targetType, String targetId, String details) {
        return new AuditRecord(action, targetType, targetId, null, details, null);
    }

    public static AuditRecord forCase(AuditAction action, String caseNumber, String details) {
        return new AuditRecord(action, "CASE", caseNumber, caseNumber, details, null);
    }

    public AuditRecord byActor(String actorName) {
        return new AuditRecord(action, targetType, targetId, caseNumber, details, actorName);
    }
}
