package org.rabta.committees;

public enum CommitteeStatus {
    ACTIVE,
    INACTIVE
}
