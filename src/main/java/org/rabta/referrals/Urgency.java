package org.rabta.referrals;

import java.time.Duration;

/** How fast the provider must accept a referral. */
public enum Urgency {
    EMERGENCY(Duration.ofHours(24)),
    HIGH(Duration.ofHours(72)),
    NORMAL(Duration.ofDays(7));

    private final Duration acceptWithin;

    Urgency(Duration acceptWithin) {
        this.acceptWithin = acceptWithin;
    }

    public Duration acceptWithin() {
        return acceptWithin;
    }
}
