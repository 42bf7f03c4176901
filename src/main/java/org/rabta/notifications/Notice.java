package org.rabta.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * What a feature tells {@link NotificationService} to notify: the kind, the record it is about (its subject and
 * number, the page that opens it, the case's number or null), a detail for the text (a message key such as a
 * service's, or a plain text such as a committee's name), and the occasion: the deadline of an overdue notice, the
 * time of the event otherwise. A notice with the same subject, number, kind and occasion is sent to a person once.
 */
public record Notice(NotificationKind kind, Subject subject, long subjectId, String link, String caseNumber, String detail,
                     Instant occasion) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(occasion);
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("A notice links to a page of Rabta: " + link);
        }
    }
}
