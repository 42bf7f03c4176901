package org.rabta.investigations;

/** What the accused did in the crime. */
public enum AccusedRole {
    RECRUITER, TRANSPORTER, HARBOURER, EXPLOITER,
    /** A facilitator or sub-agent. */
    FACILITATOR,
    FINANCIER,
    /** A public official who took part or looked away. */
    OFFICIAL,
    OTHER
}
