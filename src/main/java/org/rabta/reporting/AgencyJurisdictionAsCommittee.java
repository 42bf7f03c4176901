package org.rabta.reporting;

import org.rabta.accounts.RabtaUser;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.geography.GeographyService;
import org.springframework.stereotype.Component;

/**
 * Until committee rosters say which committee a member sits on, a member sees the jurisdiction of the agency they
 * belong to: national, a province, or the agency's districts.
 */
@Component
class AgencyJurisdictionAsCommittee implements CommitteeJurisdiction {

    private final AgencyService agencies;
    private final GeographyService geography;

    AgencyJurisdictionAsCommittee(AgencyService agencies, GeographyService geography) {
        this.agencies = agencies;
        this.geography = geography;
    }

    @Override
    public Reach of(RabtaUser member) {
        Agency agency = agencies.agency(member.agencyId());
        return switch (agency.getJurisdictionLevel()) {
            case NATIONAL -> Reach.country();
            case PROVINCE -> Reach.jurisdiction(agency.getProvinceCode(), null,
                    geography.province(agency.getProvinceCode()).getNameEn());
            case DISTRICTS -> Reach.jurisdiction(agency.getProvinceCode(), agency.getDistrictCodes(),
                    String.join(", ", agency.getDistrictCodes().stream().sorted()
                            .map(code -> geography.district(code).getNameEn()).toList())
                            + ", " + geography.province(agency.getProvinceCode()).getNameEn());
        };
    }
}
