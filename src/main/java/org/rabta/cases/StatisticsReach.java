package org.rabta.cases;

/**
 * Whose cases a user may count in statistics ({@link CasePart#AGGREGATE}), as {@link CaseAccessPolicy} decides it
 * from the user's relationships: the reporting feature turns it into the districts, provinces or agency it counts.
 */
public enum StatisticsReach {

    /** An analyst: the cases of the whole country. */
    COUNTRY,

    /** A committee member: the cases of the jurisdictions of the committees where they hold a term today. */
    COMMITTEE_JURISDICTIONS,

    /** A caseworker or supervisor: the cases their own agency owns. */
    OWN_AGENCY,

    /** An administrator, or anyone else: no statistics of victims at all. */
    NONE
}
