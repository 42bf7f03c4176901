package org.rabta.directory;

/** Where an agency works: the whole country, one province, or a set of districts of one province. */
public enum JurisdictionLevel {
    NATIONAL,
    PROVINCE,
    DISTRICTS
}
