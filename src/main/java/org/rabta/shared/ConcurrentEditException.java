package org.rabta.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else saved the record after the user loaded it. Carries who and when so the screen can
 * tell the user, and the stale input is kept for them to reapply.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String what;
    private final String changedBy;
    private final Instant changedAt;
    private final String messageCode;

    public ConcurrentEditException(String what, String changedBy, Instant changedAt) {
        this(what, changedBy, changedAt, null);
    }

    private ConcurrentEditException(String what, String changedBy, Instant changedAt, String messageCode) {
        super(what + " was changed by someone else");
        this.what = what;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.messageCode = messageCode;
    }

    /**
     * Refuses an edit made on a stale page: {@code expected} is the version the user's page showed, {@code current} the
     * record's. An edit that names no version (an API client may send none) is not checked.
     */
    public static void throwIfStale(Long expected, long current, String what, String changedBy, Instant changedAt) {
        if (expected != null && expected != current) {
            throw new ConcurrentEditException(what, changedBy, changedAt);
        }
    }

    /**
     * The same conflict, told on the API by the message {@code messageCode} (arguments: who changed the record, and
     * when) rather than in general words.
     */
    public ConcurrentEditException toldAs(String messageCode) {
        return new ConcurrentEditException(what, changedBy, changedAt, messageCode);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Optional<String> messageCode() {
        return Optional.ofNullable(messageCode);
    }
}
