package org.rabta.screening.engine;

/** The element or concern a fact bears on; it groups the questionnaire and the "any" rules. */
public enum FactGroup {
    ACT,
    MEANS,
    PURPOSE,
    MOVEMENT,
    SMUGGLING_AGGRAVATION,
    VULNERABILITY
}
