package org.rabta.investigations;

import org.rabta.accounts.NavigationContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What investigations add to the navigation. */
@Configuration(proxyBeanMethods = false)
class InvestigationNavigation {

    /** Whether the navigation shows the investigations: to caseworkers and supervisors of FIA circles and the police. */
    @Bean
    NavigationContribution investigationsLink(InvestigationAccess access) {
        return new NavigationContribution("investigationsLink", access::showsLink);
    }
}
