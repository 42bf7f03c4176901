package org.rabta.directory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory on the API: every active agency, for any signed-in API user (referral partners look agencies up). */
@RestController
@RequestMapping("/api/v1/agencies")
@RequiredArgsConstructor
class AgencyApiController {

    private final AgencyService agencies;

    @GetMapping
    List<AgencyJson> activeAgencies() {
        return agencies.activeAgenciesWithDetails().stream().map(AgencyJson::of).toList();
    }

    record AgencyJson(String code, String name, String nameUr, AgencyType type, Jurisdiction jurisdiction,
                      Set<ServiceType> services) {

        static AgencyJson of(Agency agency) {
            return new AgencyJson(agency.getCode(), agency.getName(), agency.getNameUr(), agency.getType(),
                    new Jurisdiction(agency.getJurisdictionLevel(), agency.getProvinceCode(), new TreeSet<>(agency.getDistrictCodes())),
                    new TreeSet<>(agency.getServices()));
        }
    }

    /** {@code province} is null for a national agency; {@code districts} is empty unless the level is DISTRICTS. */
    record Jurisdiction(JurisdictionLevel level, String province, Set<String> districts) {
    }
}
