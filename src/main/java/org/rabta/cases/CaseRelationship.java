package org.rabta.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a user stands to a case, and which {@link CasePart parts} of it that lets them see (README, "Access to case data").
 * {@link CaseAccessPolicy} finds the relationships; this enum is the one place that says what each one sees.
 */
public enum CaseRelationship {

    /** A caseworker of the agency that owns the case: the whole record. */
    OWNER_CASEWORKER(EnumSet.allOf(CasePart.class)),

    /** A supervisor of the agency that owns the case: the whole record (and, beyond reading, confirms and closes). */
    OWNER_SUPERVISOR(EnumSet.allOf(CasePart.class)),

    /**
     * Staff of an agency the case was referred to: the referral summary only, from the moment the referral is sent,
     * while it is open, and for 90 days after it is completed or declined, or withdrawn after the agency had accepted
     * it (it may be housing the person). A referral withdrawn before it was accepted ends this at once. The
     * referrals feature decides when the relationship holds ({@link CaseAccessExtension}).
     */
    RECEIVING_AGENCY(EnumSet.of(CasePart.REFERRAL_SUMMARY)),

    /**
     * Staff of a law-enforcement agency that the owning agency (one that cannot investigate, e.g. an NGO) informed of
     * the case after a confirmed trafficking or smuggling determination: the referral summary only, the same
     * need-to-know summary a referral sends, for 90 days after being informed, and for as long as one of the agency's
     * investigations names the case as a victim's. The investigations feature decides when the relationship holds
     * ({@link CaseAccessExtension}).
     */
    INFORMED_AGENCY(EnumSet.of(CasePart.REFERRAL_SUMMARY)),

    /**
     * A member (or secretary, chair) of a committee, through a term that includes today, on an active committee
     * whose review queue holds a referral of the case: the pseudonymised summary only. The committees feature
     * decides when the relationship holds ({@link CaseAccessExtension}).
     */
    COMMITTEE_MEMBER(EnumSet.of(CasePart.PSEUDONYMISED)),

    /** An analyst: the case only as part of aggregate statistics, never a record. */
    ANALYST(EnumSet.of(CasePart.AGGREGATE)),

    /** An administrator: users, agencies, committees and reference data; no case data at all. */
    ADMIN(EnumSet.noneOf(CasePart.class)),

    /** Anyone else, e.g. staff of an agency the case has nothing to do with: nothing ("not found"). */
    NONE(EnumSet.noneOf(CasePart.class));

    private final Set<CasePart> parts;

    CaseRelationship(Set<CasePart> parts) {
        this.parts = Set.copyOf(parts);
    }

    public boolean sees(CasePart part) {
        return parts.contains(part);
    }
}
