package org.rabta.cases;

public enum Sex {
    FEMALE,
    MALE,
    TRANSGENDER,
    UNKNOWN
}
