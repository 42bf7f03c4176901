package org.rabta.referrals;

import org.rabta.accounts.NavigationContribution;
import org.rabta.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What referrals add to the navigation. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    /** Whether the navigation links to the review queue: by {@link Reviewers}' rule, the one the queue itself applies. */
    @Bean
    NavigationContribution reviewLink(Reviewers reviewers) {
        return new NavigationContribution("reviewLink", reviewers::reviewsLately);
    }

    /** The count of referrals waiting in the inbox, beside the Referrals link of caseworkers and supervisors. */
    @Bean
    NavigationContribution referralInboxCount(ReferralInboxCounter inbox) {
        return new NavigationContribution("referralInboxCount", user ->
                user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR) ? inbox.waiting(user.agencyId()) : null);
    }
}
