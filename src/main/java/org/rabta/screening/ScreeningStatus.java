package org.rabta.screening;

/**
 * Where a screening stands. DRAFT: answers being gathered, nothing decided. SUBMITTED: the caseworker recorded a
 * determination and it awaits a supervisor. CONFIRMED: a supervisor of the owning agency agreed; final. RETURNED:
 * the supervisor sent it back with a comment; the caseworker revises and submits again.
 */
public enum ScreeningStatus {
    DRAFT,
    SUBMITTED,
    CONFIRMED,
    RETURNED;

    /** Whether the caseworker may still change the answers and the determination. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
