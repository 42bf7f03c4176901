package org.rabta.cases;

public enum ConsentStatus {
    GIVEN,
    REFUSED,
    NOT_ASKED
}
