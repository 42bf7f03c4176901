package org.rabta.screening.engine;

/** The screening outcome; the rule set picks the first that holds, in this order. */
public enum Outcome {
    SMUGGLED_AND_TRAFFICKED,
    TRAFFICKING,
    VULNERABLE_SMUGGLED_MIGRANT,
    SMUGGLING,
    POSSIBLE_TRAFFICKING,
    IRREGULAR_MIGRATION,
    NOT_ESTABLISHED,
    INSUFFICIENT_INFORMATION
}
