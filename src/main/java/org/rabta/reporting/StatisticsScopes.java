package org.rabta.reporting;

import static org.rabta.shared.Text.codeOrNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.directory.AgencyType;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Checks the filters of a statistics request and turns them, with the user's reach, into a {@link StatisticsScope}. */
@Component
@RequiredArgsConstructor
class StatisticsScopes {

    static final int FIRST_YEAR = 1950;

    private final GeographyService geography;
    private final MessageSource messages;

    StatisticsScope scope(Reach reach, YearMonth from, YearMonth to, String provinceCode, String districtCode,
                          AgencyType agencyType) {
        if (from.getYear() < FIRST_YEAR) {
            throw InvalidInputException.of("from", "reporting.error.period");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "reporting.error.periodOrder");
        }
        String province = codeOrNull(provinceCode);
        String district = codeOrNull(districtCode);
        Optional<Province> chosenProvince = Optional.empty();
        if (province != null) {
            chosenProvince = geography.provinces().stream().filter(p -> p.getCode().equals(province)).findFirst();
            if (chosenProvince.isEmpty()) {
                throw InvalidInputException.of("province", "reporting.error.province");
            }
        }
        Optional<District> chosenDistrict = Optional.empty();
        if (district != null) {
            chosenDistrict = geography.findDistrict(district);
            if (chosenDistrict.isEmpty()) {
                throw InvalidInputException.of("district", "reporting.error.district");
            }
            if (province != null && !chosenDistrict.get().getProvinceCode().equals(province)) {
                throw InvalidInputException.of("district", "reporting.error.districtOutsideProvince");
            }
        }
        return new StatisticsScope(reach, from, to, province, district, agencyType,
                describe(reach, chosenProvince, chosenDistrict, Locale.ENGLISH));
    }

    /**
     * The scope described in the reader's language: the country and the places in Urdu for an Urdu reader (a reach
     * named after an agency or a committee keeps that name).
     */
    String description(StatisticsScope scope, Locale locale) {
        return describe(scope.reach(), Optional.ofNullable(scope.province()).map(geography::province),
                Optional.ofNullable(scope.district()).map(geography::district), locale);
    }

    /**
     * E.g. "Pakistan", "Punjab", "Lahore, Punjab", with an agency's reach "Agency (CODE): Lahore, Punjab", with a
     * jurisdiction's "Lahore, Punjab" (filtered: "Lahore, Punjab: Lahore, Punjab").
     */
    private String describe(Reach reach, Optional<Province> province, Optional<District> district, Locale locale) {
        String area = district.map(d -> text(locale, "reporting.scope.district", d.name(locale),
                        geography.province(d.getProvinceCode()).name(locale)))
                .or(() -> province.map(p -> p.name(locale)))
                .orElse(null);
        String reachName = switch (reach.kind()) {
            case COUNTRY -> text(locale, "reporting.scope.country");
            case AGENCY -> reach.description();
            case JURISDICTION -> jurisdiction(reach, locale);
        };
        if (area == null) {
            return reachName;
        }
        // A committee of Lahore filtering on Lahore reads "Lahore, Punjab", not "Lahore, Punjab: Lahore, Punjab".
        return reach.kind() == Reach.Kind.COUNTRY || area.equals(reachName) ? area
                : text(locale, "reporting.scope.reachArea", reachName, area);
    }

    /** A committee member's jurisdiction: its provinces and districts, e.g. "Lahore, Punjab" or "Punjab / Karachi, Sindh". */
    private String jurisdiction(Reach reach, Locale locale) {
        List<String> names = new ArrayList<>();
        geography.provinces().stream().filter(p -> reach.provinceCodes().contains(p.getCode()))
                .forEach(p -> names.add(p.name(locale)));
        reach.districtCodes().stream().sorted().map(geography::district)
                .forEach(d -> names.add(text(locale, "reporting.scope.district", d.name(locale),
                        geography.province(d.getProvinceCode()).name(locale))));
        return names.isEmpty() ? text(locale, "reporting.scope.noJurisdiction") : String.join(" / ", names);
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
