package org.rabta.referrals;

import java.time.Instant;
import org.rabta.directory.ServiceType;

/** One in-app notification as the list shows it. No names: only the referral, its case number and service. */
public record Notification(long id, NotificationKind kind, long referralId, String caseNumber, ServiceType serviceType,
                           Instant createdAt, Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
