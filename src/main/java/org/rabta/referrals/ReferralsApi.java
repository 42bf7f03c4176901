package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.VictimCase;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * What other features may ask of referrals, and all they may ask (the demo data makes and moves referrals through it):
 * make a referral, make a move on one, know whether a case records consent to referral, and read a box. Each is the
 * service of this package that the screens and the API use, with its access checks and its audit. The committees'
 * review queue has its own public classes ({@link ReviewQueue}, {@link ReviewPage}, {@link ReviewAdditions}, {@link Reviewers}).
 */
@Service
@RequiredArgsConstructor
public class ReferralsApi {

    private final NewReferrals newReferrals;
    private final ReferralMoves moves;
    private final ReferralQueries queries;

    /** {@link NewReferrals#create}: a referral from a case of the user's agency, sent at once or kept as a draft. */
    public Referral create(RabtaUser user, String caseNumber, ReferralRequest request) {
        return newReferrals.create(user, caseNumber, request);
    }

    /** {@link ReferralMoves#act}: a move on a referral the user's side may make. */
    public Referral act(RabtaUser user, long referralId, ReferralAction action, String text, String servicesDelivered,
                        Long expectedVersion) {
        return moves.act(user, referralId, action, text, servicesDelivered, expectedVersion);
    }

    /** Whether the case records consent to referral ({@link ReferralConsent#recorded}). */
    public boolean consentRecorded(VictimCase victimCase) {
        return ReferralConsent.recorded(victimCase);
    }

    /** {@link ReferralQueries#list}: a page of one of the user's boxes, an audited read. */
    public Slice<Referral> list(RabtaUser user, ReferralBox box, ReferralStatus status, int page) {
        return queries.list(user, box, status, page);
    }
}
