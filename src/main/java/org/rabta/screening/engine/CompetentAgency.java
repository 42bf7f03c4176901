package org.rabta.screening.engine;

/** The agency that investigates: FIA for movement across a border, else the provincial police. */
public enum CompetentAgency {
    FIA,
    POLICE
}
