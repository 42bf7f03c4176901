package org.rabta.investigations;

/** How a victim takes part in the investigation. */
public enum VictimRole {
    COMPLAINANT, WITNESS
}
