package org.rabta.cases;

/** How the person came to the agency's attention. */
public enum HowIdentified {
    RESCUE,
    BORDER_OR_AIRPORT,
    DEPORTEE_OR_RETURNEE,
    SELF_REFERRAL,
    HOTLINE,
    NGO_OUTREACH,
    OTHER
}
