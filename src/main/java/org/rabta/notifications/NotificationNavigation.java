package org.rabta.notifications;

import org.rabta.accounts.NavigationContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What notifications add to the navigation. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    /** The bell's count of unread notices, in the navigation of every screen. */
    @Bean
    NavigationContribution unreadNotifications(NotificationService notifications) {
        return new NavigationContribution("unreadNotifications", notifications::bellCount);
    }
}
