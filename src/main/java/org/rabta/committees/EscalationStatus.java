package org.rabta.committees;

public enum EscalationStatus {
    OPEN,
    RESOLVED
}
