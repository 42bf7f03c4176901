package org.rabta.reporting;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.rabta.directory.AgencyType;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.springframework.stereotype.Component;

/** Checks the filters of a statistics request and turns them, with the user's reach, into a {@link StatisticsScope}. */
@Component
class StatisticsScopes {

    static final int FIRST_YEAR = 1950;

    private final GeographyService geography;

    StatisticsScopes(GeographyService geography) {
        this.geography = geography;
    }

    StatisticsScope scope(Reach reach, YearMonth from, YearMonth to, String provinceCode, String districtCode,
                          AgencyType agencyType) {
        if (from.getYear() < FIRST_YEAR) {
            throw new InvalidFilterException("from", "reporting.error.period");
        }
        if (to.isBefore(from)) {
            throw new InvalidFilterException("to", "reporting.error.periodOrder");
        }
        String province = normalise(provinceCode);
        String district = normalise(districtCode);
        Optional<Province> chosenProvince = Optional.empty();
        if (province != null) {
            chosenProvince = geography.provinces().stream().filter(p -> p.getCode().equals(province)).findFirst();
            if (chosenProvince.isEmpty()) {
                throw new InvalidFilterException("province", "reporting.error.province");
            }
        }
        Optional<District> chosenDistrict = Optional.empty();
        if (district != null) {
            chosenDistrict = geography.findDistrict(district);
            if (chosenDistrict.isEmpty()) {
                throw new InvalidFilterException("district", "reporting.error.district");
            }
            if (province != null && !chosenDistrict.get().getProvinceCode().equals(province)) {
                throw new InvalidFilterException("district", "reporting.error.districtOutsideProvince");
            }
        }
        return new StatisticsScope(reach, from, to, province, district, agencyType,
                describe(reach, chosenProvince, chosenDistrict));
    }

    /** E.g. "Pakistan", "Punjab", "Lahore, Punjab", or with an agency's reach "Agency (CODE): Lahore, Punjab". */
    private String describe(Reach reach, Optional<Province> province, Optional<District> district) {
        String area = district.map(d -> d.getNameEn() + ", " + geography.province(d.getProvinceCode()).getNameEn())
                .or(() -> province.map(Province::getNameEn))
                .orElse(null);
        if (area == null) {
            return reach.description();
        }
        return reach.kind() == Reach.Kind.COUNTRY ? area : reach.description() + ": " + area;
    }

    private static String normalise(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
