package org.rabta.screening.engine;

/** Consequences a caseworker must not miss, raised alongside the outcome. */
public enum Flag {
    /** The person is under 18: a child protection referral is required. */
    CHILD,
    /** An aggravating circumstance of trafficking is recorded. */
    AGGRAVATED_TRAFFICKING,
    /** The smuggling endangered the person or treated them inhumanly. */
    AGGRAVATED_SMUGGLING,
    /** The person is a victim or the object of the offence, not its author. */
    NON_PUNISHMENT,
    /** The outcome is smuggling or irregular migration, yet some trafficking element is present. */
    TRAFFICKING_INDICATORS_PRESENT
}
