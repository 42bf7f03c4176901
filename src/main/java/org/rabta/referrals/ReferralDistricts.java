package org.rabta.referrals;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Place;
import org.rabta.web.TemplateObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** District names in the user's language for referral screens ({@code #referralDistricts.name(code)}). */
@Component
@RequiredArgsConstructor
public class ReferralDistricts implements TemplateObject {

    private final GeographyService geography;

    @Override
    public String templateName() {
        return "referralDistricts";
    }

    /** The districts as read for this page, so that naming them while it renders reads nothing more. */
    @Override
    public Names forPage() {
        return new Names(geography.districts(), LocaleContextHolder.getLocale());
    }

    /** The districts of one page, named in its language. */
    public record Names(List<District> districts, Locale locale) {

        public String name(String code) {
            return code == null ? "" : Place.nameIn(districts, code, locale);
        }
    }
}
