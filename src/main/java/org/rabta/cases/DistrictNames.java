package org.rabta.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.springframework.stereotype.Component;

/** The districts a case screen names, by code: the few it shows, or all of them when it may show many. */
@Component
@RequiredArgsConstructor
class DistrictNames {

    private final GeographyService geography;

    /** The districts of {@code codes}; every district when the codes are unknown (null) or more than a handful. */
    Map<String, District> of(List<String> codes) {
        List<District> districts = codes == null || codes.size() > 5
                ? geography.districts()
                : codes.stream().distinct().map(geography::findDistrict).flatMap(Optional::stream).toList();
        return byCode(districts);
    }

    static Map<String, District> byCode(List<District> districts) {
        return districts.stream().collect(Collectors.toMap(District::getCode, Function.identity()));
    }
}
