package org.rabta.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rabta.web.SupportedLocales;

/**
 * One agency's offer of one service, as the directory shows it. {@code districtCodes} are the districts the
 * service is offered in when the agency listed them; empty means the agency's whole jurisdiction
 * ({@code jurisdictionLevel}, {@code provinceCode}, {@code agencyDistrictCodes}).
 */
public record ServiceListing(long agencyId, String agencyCode, String agencyName, String agencyNameUr, AgencyType agencyType,
                             ServiceType serviceType, Set<Eligibility> eligibility, Integer capacityFree,
                             String contactPerson, String contactPhone, String contactEmail, String notes,
                             List<String> districtCodes, JurisdictionLevel jurisdictionLevel, String provinceCode,
                             List<String> agencyDistrictCodes, Long version, Instant updatedAt) {

    /** The agency as a reader of the language calls it: its Urdu name in Urdu, where it has one. */
    public String agencyName(Locale locale) {
        return SupportedLocales.name(locale, agencyName, agencyNameUr);
    }

    /** Where the service can be had, relative to a district: in it, elsewhere in its province, or further away. */
    public enum Reach { LOCAL, OTHER_DISTRICT, OTHER_PROVINCE }

    public Reach reachFrom(String districtCode, String districtProvinceCode) {
        if (offeredIn(districtCode, districtProvinceCode)) {
            return Reach.LOCAL;
        }
        boolean sameProvince = jurisdictionLevel == JurisdictionLevel.NATIONAL
                || districtProvinceCode != null && districtProvinceCode.equals(provinceCode);
        return sameProvince ? Reach.OTHER_DISTRICT : Reach.OTHER_PROVINCE;
    }

    public boolean offeredIn(String districtCode, String districtProvinceCode) {
        if (!districtCodes.isEmpty()) {
            return districtCodes.contains(districtCode);
        }
        return switch (jurisdictionLevel) {
            case NATIONAL -> true;
            case PROVINCE -> provinceCode != null && provinceCode.equals(districtProvinceCode);
            case DISTRICTS -> agencyDistrictCodes.contains(districtCode);
        };
    }

    public boolean accepts(Set<Eligibility> needed) {
        return eligibility.containsAll(needed);
    }

    /** The districts to show: those listed for the service, else the agency's own districts (empty for a province or nation). */
    public List<String> shownDistrictCodes() {
        return districtCodes.isEmpty() ? agencyDistrictCodes : districtCodes;
    }

    public boolean hasDetails() {
        return version != null;
    }
}
