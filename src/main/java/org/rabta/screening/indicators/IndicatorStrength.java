package org.rabta.screening.indicators;

/** How strongly an indicator points to trafficking, as the ILO/EC source grades it. */
public enum IndicatorStrength {
    STRONG,
    MEDIUM,
    WEAK
}
