package org.rabta.investigations;

/** Where a mutual legal assistance or extradition request stands. */
public enum MlaStatus {
    PENDING, ACKNOWLEDGED, EXECUTED, REFUSED, WITHDRAWN
}
