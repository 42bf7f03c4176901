package org.rabta.referrals;

import java.util.List;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;

/** The interim rule: a member reviews their agency's jurisdiction (national, a province, or its districts). */
class AgencyReviewJurisdictions implements ReviewJurisdictions {

    private final AgencyService agencies;

    AgencyReviewJurisdictions(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<ReviewArea> areasOf(RabtaUser member) {
        Agency agency = agencies.agency(member.agencyId());
        return switch (agency.getJurisdictionLevel()) {
            case NATIONAL -> List.of(ReviewArea.national());
            case PROVINCE -> List.of(new ReviewArea(agency.getProvinceCode(), null));
            case DISTRICTS -> agency.getDistrictCodes().stream().sorted()
                    .map(district -> new ReviewArea(agency.getProvinceCode(), district)).toList();
        };
    }
}
