package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import org.rabta.geography.GeographyService;
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

    public String name(String code) {
        return code == null ? "" : geography.findDistrict(code).map(d -> d.name(LocaleContextHolder.getLocale())).orElse(code);
    }
}
