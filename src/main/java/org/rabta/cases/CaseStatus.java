package org.rabta.cases;

/** Where a case stands. CLOSED and CLOSED_REFERRED need a reason; a supervisor can reopen either. */
public enum CaseStatus {
    ACTIVE,
    FOLLOW_UP,
    CLOSED,
    CLOSED_REFERRED;

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_REFERRED;
    }
}
