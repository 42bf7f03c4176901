package org.rabta.directory;

public enum AgencyType {
    FIA,
    POLICE,
    NGO,
    GOVERNMENT_DEPARTMENT,
    INTERNATIONAL_ORGANISATION
}
