package org.rabta.committees;

import java.util.List;
import java.util.Locale;
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
        return new InWords(geography.provinces(), geography.districts(),
                messages.getMessage("committees.jurisdiction.national", null, locale), locale);
    }

    /** The names, read; {@link #of} reads nothing more. */
    public record InWords(List<Province> provinces, List<District> districts, String national, Locale locale) {

        public String of(Committee committee) {
            return switch (committee.getLevel()) {
                case NATIONAL -> national;
                case PROVINCIAL -> Place.nameIn(provinces, committee.getProvinceCode(), locale);
                case DISTRICT -> Place.nameIn(districts, committee.getDistrictCode(), locale) + ", "
                        + Place.nameIn(provinces, committee.getProvinceCode(), locale);
            };
        }
    }
}
