package org.rabta.referrals;

import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see a referral: the sending agency's caseworkers and supervisors always; the receiving agency's once sent,
 * until {@link Referral#receiverAccessEnds()}; anyone else gets "not found". The services of this package check it
 * before anything else.
 */
@Component
@RequiredArgsConstructor
class ReferralAccess {

    private final ReferralRepository referrals;
    private final Clock clock;

    /** The referral, if the user may see it; "not found" otherwise, as if it did not exist. */
    Referral visible(RabtaUser user, long referralId) {
        requireStaff(user);
        return referrals.findById(referralId).filter(r -> mayView(user, r))
                .orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
    }

    /** {@link #visible}, locked for a move until the transaction ends. */
    Referral lockedIfVisible(RabtaUser user, long referralId) {
        requireStaff(user);
        return referrals.lockById(referralId).filter(r -> mayView(user, r))
                .orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
    }

    /**
     * The rule of the referral page, the same as {@link ReferralCaseAccess}'s for the case: sender always, receiver
     * from sending until {@link Referral#receiverAccessEnds()}.
     */
    boolean mayView(RabtaUser user, Referral referral) {
        if (referral.getFromAgencyId() == user.agencyId()) {
            return true;
        }
        return referral.getToAgencyId() == user.agencyId() && receiverMayRead(referral, clock.instant());
    }

    static boolean receiverMayRead(Referral referral, Instant now) {
        Instant ends = referral.receiverAccessEnds();
        return referral.getStatus() != ReferralStatus.DRAFT && (ends == null || ends.isAfter(now));
    }

    static void requireStaff(RabtaUser user) {
        if (user == null || !(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            throw new RecordNotFoundException("Referral", "(role)");
        }
    }
}
