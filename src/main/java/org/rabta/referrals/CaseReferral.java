package org.rabta.referrals;

import java.util.Locale;
import org.rabta.web.SupportedLocales;

/** A referral of a case with its provider's name in both languages, as the case page lists it. */
public record CaseReferral(Referral referral, String providerName, String providerNameUr) {

    /** The provider's name in the reader's language (English where no Urdu name is recorded). */
    public String provider(Locale locale) {
        return SupportedLocales.name(locale, providerName, providerNameUr);
    }
}
