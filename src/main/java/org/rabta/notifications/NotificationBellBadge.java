package org.rabta.notifications;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.NavigationContribution;
import org.rabta.accounts.RabtaUser;
import org.springframework.stereotype.Component;

/** The bell's count of unread notices, in the navigation of every screen. */
@Component
@RequiredArgsConstructor
class NotificationBellBadge implements NavigationContribution {

    private final NotificationService notifications;

    @Override
    public String name() {
        return "unreadNotifications";
    }

    @Override
    public Object valueFor(RabtaUser user) {
        return notifications.bellCount(user);
    }
}
