package org.rabta.screening.indicators;

/**
 * The six dimensions of the ILO/European Commission "Operational indicators of trafficking in human beings"
 * (2009), in the order of the source: three ways of recruiting, the exploitation, and two forms of control at
 * destination.
 */
public enum IndicatorDimension {
    DECEPTIVE_RECRUITMENT,
    COERCIVE_RECRUITMENT,
    ABUSIVE_RECRUITMENT,
    EXPLOITATIVE_CONDITIONS,
    COERCION_AT_DESTINATION,
    ABUSE_OF_VULNERABILITY_AT_DESTINATION
}
