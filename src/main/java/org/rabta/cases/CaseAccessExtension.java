package org.rabta.cases;

import org.rabta.accounts.RabtaUser;

/**
 * Extension point for relationships to a case beyond the owning agency, which later features establish (cases
 * does not depend on them): the referrals feature answers {@link CaseRelationship#RECEIVING_AGENCY}, the
 * committees feature {@link CaseRelationship#COMMITTEE_MEMBER}, the investigations feature
 * {@link CaseRelationship#INFORMED_AGENCY}. What a relationship lets the user see is
 * {@link CaseRelationship}'s to say, not the extension's; {@link CaseAccessPolicy} asks every extension.
 */
public interface CaseAccessExtension {

    /** The relationship this feature gives the user to the case {@code caseId}, or {@link CaseRelationship#NONE}. */
    CaseRelationship relationship(RabtaUser user, long caseId);
}
