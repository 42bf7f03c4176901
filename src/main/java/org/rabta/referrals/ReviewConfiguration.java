package org.rabta.referrals;

import org.rabta.directory.AgencyService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /** Used only while no other feature (committees) provides the jurisdictions of review. */
    @Bean
    @ConditionalOnMissingBean(ReviewJurisdictions.class)
    ReviewJurisdictions agencyReviewJurisdictions(AgencyService agencies) {
        return new AgencyReviewJurisdictions(agencies);
    }
}
