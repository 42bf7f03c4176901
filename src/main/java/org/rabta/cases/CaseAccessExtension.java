package org.rabta.cases;

/**
 * Extension point for access beyond the owning agency. DESIGN.md lets a receiving agency see a case referred
 * to it while the referral is open or completed; the referrals feature provides a bean of this type (cases does
 * not depend on referrals). Without such a bean, only the owning agency's caseworkers and supervisors see a case.
 * An agency reached this way only reads: editing, notes and attachments stay with the owning agency, and it
 * never sees restricted notes.
 */
public interface CaseAccessExtension {

    /** Whether staff of {@code agencyId} may read the case {@code caseId} although their agency does not own it. */
    boolean mayRead(long caseId, long agencyId);

    /**
     * A SQL query with one named parameter {@code :agencyId} answering the ids (one column) of the cases that
     * agency may read without owning them, added to the case list as {@code or c.id in (...)}; null for none.
     */
    String readableCaseIdsSql();
}
