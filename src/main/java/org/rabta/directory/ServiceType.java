package org.rabta.directory;

/** The protection and assistance services an agency can offer and receive referrals for. */
public enum ServiceType {
    SHELTER,
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL_AID,
    REPATRIATION,
    FAMILY_TRACING,
    LIVELIHOOD,
    EDUCATION,
    FINANCIAL_ASSISTANCE,
    CHILD_PROTECTION,
    WITNESS_PROTECTION
}
