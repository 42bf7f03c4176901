package org.rabta.referrals;

import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.Consent;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.VictimCase;

/**
 * The consent rule of sending a referral, checked when it is made and sent at once and when a draft is sent: the
 * person's recorded consent, or a supervisor's written reason for an emergency referral without it.
 */
final class ReferralConsent {

    private ReferralConsent() {
    }

    /**
     * Consent to referral as the case records it: the person's own, and for a child also who consented on the
     * child's behalf (a parent, guardian or the child protection authority).
     */
    static boolean recorded(VictimCase victimCase) {
        Consent consent = victimCase.getConsent();
        return consent.getReferral() == ConsentStatus.GIVEN
                && (!Boolean.TRUE.equals(victimCase.isChild()) || consent.getOnBehalfOf() != null && !consent.getOnBehalfOf().isBlank());
    }

    /** Refuses sending without recorded consent, unless a supervisor gave a reason ({@code override}) for an emergency. */
    static void checkBeforeSending(RabtaUser user, VictimCase victimCase, Urgency urgency, String override) {
        if (recorded(victimCase)) {
            return;
        }
        if (override == null) {
            throw new ConsentRequiredException(Boolean.TRUE.equals(victimCase.isChild())
                    ? "referrals.error.consentRequiredChild" : "referrals.error.consentRequired");
        }
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new ConsentRequiredException("referrals.error.overrideSupervisorOnly");
        }
        if (urgency != Urgency.EMERGENCY) {
            throw new ConsentRequiredException("referrals.error.overrideEmergencyOnly");
        }
    }
}
