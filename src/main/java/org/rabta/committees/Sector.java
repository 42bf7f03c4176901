package org.rabta.committees;

/** The sectors every coordination committee needs at its table (the notified terms of reference). */
public enum Sector {
    LAW_ENFORCEMENT,
    LABOUR,
    SOCIAL_WELFARE,
    CHILD_PROTECTION,
    WOMEN_DEVELOPMENT,
    CIVIL_SOCIETY
}
