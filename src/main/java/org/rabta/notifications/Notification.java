package org.rabta.notifications;

import java.time.Instant;

/**
 * One in-app notification as the list shows it. No names: the record it is about (its subject and number, the
 * case's number) and a detail, a message key or a plain text such as a committee's name.
 */
public record Notification(long id, NotificationKind kind, Subject subject, long subjectId, String caseNumber, String detail,
                           Instant createdAt, Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
