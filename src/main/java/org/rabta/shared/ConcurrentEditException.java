package org.rabta.shared;

import java.time.Instant;

/**
 * Someone else saved the record after the user loaded it. Carries who and when so the screen can
 * tell the user, and the stale input is kept for them to reapply.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentEditException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by someone else");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
