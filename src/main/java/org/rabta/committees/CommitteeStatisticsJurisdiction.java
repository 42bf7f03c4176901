package org.rabta.committees;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.reporting.CommitteeJurisdiction;
import org.rabta.reporting.Reach;
import org.springframework.stereotype.Component;

/**
 * A committee member's statistics cover the jurisdictions of the active committees where they hold a term today,
 * as their review queue does (CommitteeReviewJurisdictions): a district committee's district, a provincial
 * committee's province, or the country. No term today, no area: their statistics count no one.
 */
@Component
@RequiredArgsConstructor
class CommitteeStatisticsJurisdiction implements CommitteeJurisdiction {

    private final CommitteeService committees;

    @Override
    public Reach of(RabtaUser member) {
        Set<String> provinces = new HashSet<>();
        Map<String, String> districts = new HashMap<>();
        for (Committee committee : committees.sittingOn(member)) {
            if (!committee.isActive()) {
                continue;
            }
            switch (committee.getLevel()) {
                case NATIONAL -> {
                    return Reach.country();
                }
                case PROVINCIAL -> provinces.add(committee.getProvinceCode());
                case DISTRICT -> districts.put(committee.getDistrictCode(), committee.getProvinceCode());
            }
        }
        // A district of a province the member sees whole adds nothing.
        districts.values().removeIf(provinces::contains);
        return Reach.jurisdiction(provinces, districts.keySet());
    }
}
