package org.rabta.referrals;

import org.rabta.directory.ServiceType;

/**
 * What the sender asks for (the form and the API). {@code draft}: save without sending; {@code replaces}: the
 * declined referral this one refers again elsewhere.
 */
public record ReferralRequest(String toAgencyCode, ServiceType serviceType, Urgency urgency, String message,
                              String consentOverrideReason, Long replaces, boolean draft) {
}
