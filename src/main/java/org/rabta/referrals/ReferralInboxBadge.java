package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.NavigationContribution;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.springframework.stereotype.Component;

/** The count of referrals waiting in the inbox, beside the Referrals link of caseworkers and supervisors. */
@Component
@RequiredArgsConstructor
class ReferralInboxBadge implements NavigationContribution {

    private final ReferralInboxCounter inbox;

    @Override
    public String name() {
        return "referralInboxCount";
    }

    @Override
    public Object valueFor(RabtaUser user) {
        return user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR) ? inbox.waiting(user.agencyId()) : null;
    }
}
