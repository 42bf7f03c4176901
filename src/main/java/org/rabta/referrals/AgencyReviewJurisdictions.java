package org.rabta.referrals;

import java.util.List;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;

/**
 * The interim rule: a user with the COMMITTEE_MEMBER role reviews their agency's jurisdiction (national, a province,
 * or its districts); nobody else reviews.
 */
class AgencyReviewJurisdictions implements ReviewJurisdictions {

    private final AgencyService agencies;

    AgencyReviewJurisdictions(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<ReviewArea> areasOf(RabtaUser member) {
        if (!member.hasRole(Role.COMMITTEE_MEMBER)) {
            return List.of();
        }
        Agency agency = agencies.agency(member.agencyId());
        return switch (agency.getJurisdictionLevel()) {
            case NATIONAL -> List.of(ReviewArea.national());
            case PROVINCE -> List.of(new ReviewArea(agency.getProvinceCode(), null));
            case DISTRICTS -> agency.getDistrictCodes().stream().sorted()
                    .map(district -> new ReviewArea(agency.getProvinceCode(), district)).toList();
        };
    }
}
