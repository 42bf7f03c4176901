package org.rabta.committees;

public enum ActionItemStatus {
    OPEN,
    DONE,
    DROPPED
}
