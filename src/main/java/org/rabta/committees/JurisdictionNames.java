package org.rabta.committees;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.GeographyService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A committee's jurisdiction in words: "Pakistan", a province's or a district's name, in the reader's language. */
@Component
@RequiredArgsConstructor
public class JurisdictionNames {

    private final GeographyService geography;
    private final MessageSource messages;

    public String of(Committee committee, Locale locale) {
        return switch (committee.getLevel()) {
            case NATIONAL -> messages.getMessage("committees.jurisdiction.national", null, locale);
            case PROVINCIAL -> geography.province(committee.getProvinceCode()).name(locale);
            case DISTRICT -> geography.findDistrict(committee.getDistrictCode()).map(district -> district.name(locale))
                    .orElse(committee.getDistrictCode()) + ", "
                    + geography.province(committee.getProvinceCode()).name(locale);
        };
    }
}
