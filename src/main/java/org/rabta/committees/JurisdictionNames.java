package org.rabta.committees;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Place;
import org.rabta.geography.Province;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A committee's jurisdiction in words: "Pakistan", a province's or a district's name, in the reader's language. */
@Component
@RequiredArgsConstructor
public class JurisdictionNames {

    private final GeographyService geography;
    private final MessageSource messages;

    public String of(Committee committee, Locale locale) {
        return in(locale).of(committee);
    }

    /**
     * Every jurisdiction's name in one language, the provinces and districts read now: a page takes them while its
     * transaction is open, so that naming the committees as it renders reads nothing more from the database.
     */
    public InWords in(Locale locale) {
        return new InWords(byCode(geography.provinces()), byCode(geography.districts()),
                messages.getMessage("committees.jurisdiction.national", null, locale), locale);
    }

    private static <P extends Place> Map<String, P> byCode(List<P> places) {
        return places.stream().collect(Collectors.toUnmodifiableMap(Place::getCode, Function.identity()));
    }

    /** The names, read; {@link #of} reads nothing more. */
    public record InWords(Map<String, Province> provinces, Map<String, District> districts, String national,
                          Locale locale) {

        public String of(Committee committee) {
            return switch (committee.getLevel()) {
                case NATIONAL -> national;
                case PROVINCIAL -> province(committee.getProvinceCode());
                case DISTRICT -> (districts.containsKey(committee.getDistrictCode())
                        ? districts.get(committee.getDistrictCode()).name(locale) : committee.getDistrictCode())
                        + ", " + province(committee.getProvinceCode());
            };
        }

        private String province(String code) {
            Province province = provinces.get(code);
            return province != null ? province.name(locale) : code;
        }
    }
}
