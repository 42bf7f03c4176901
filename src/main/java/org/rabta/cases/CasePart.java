package org.rabta.cases;

/**
 * The parts of a case a user may be allowed to see, from the whole record down to counts. Each feature asks
 * {@link CaseAccessPolicy} for the part it shows, never for "the case" in general.
 */
public enum CasePart {

    /**
     * The whole record: identifiers, contact details, notes (restricted ones included), attachments, screenings,
     * the timeline, referrals, duplicates, the audit trail, and every change.
     */
    FULL,

    /**
     * What a referral needs of its case and all a receiving agency sees: the case summary (district, date and way of
     * identification, forms of exploitation, consent to referral), the person's name, sex, age, languages and
     * disability, and the referral's message. No identifiers, contact details, attachments, screenings or notes.
     */
    REFERRAL_SUMMARY,

    /** A pseudonymised summary: case number, sex, age band, district, outcome. No name, no identifier. */
    PSEUDONYMISED,

    /** Only as part of counts (statistics), never a row of its own. */
    AGGREGATE
}
