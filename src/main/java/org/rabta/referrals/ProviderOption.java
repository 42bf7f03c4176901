package org.rabta.referrals;

import org.rabta.directory.ServiceListing;

/** A provider the referral form offers, with where it is relative to the case's district. */
public record ProviderOption(ServiceListing listing, ServiceListing.Reach reach) {

    public boolean isLocal() {
        return reach == ServiceListing.Reach.LOCAL;
    }
}
