package org.rabta.committees;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.referrals.ReviewArea;
import org.rabta.referrals.ReviewJurisdictions;
import org.springframework.stereotype.Component;

/**
 * Membership drives review: whoever holds a term today on an active committee (whatever their Rabta roles: a
 * caseworker may be a committee's secretary) reviews the referrals of its jurisdiction. When the term ends, the
 * jurisdiction leaves their queue and its review pages answer "not found".
 */
@Component
@RequiredArgsConstructor
class CommitteeReviewJurisdictions implements ReviewJurisdictions {

    private final CommitteeService committees;

    @Override
    public List<ReviewArea> areasOf(RabtaUser member) {
        return committees.sittingOn(member).stream()
                .filter(Committee::isActive)
                .map(CommitteeReviewJurisdictions::areaOf)
                .distinct()
                .toList();
    }

    static ReviewArea areaOf(Committee committee) {
        return switch (committee.getLevel()) {
            case NATIONAL -> ReviewArea.national();
            case PROVINCIAL -> new ReviewArea(committee.getProvinceCode(), null);
            case DISTRICT -> new ReviewArea(committee.getProvinceCode(), committee.getDistrictCode());
        };
    }
}
