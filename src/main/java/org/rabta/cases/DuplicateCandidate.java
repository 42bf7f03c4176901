package org.rabta.cases;

import java.util.Locale;
import org.rabta.web.SupportedLocales;

/**
 * A case that may be the same person. For a case of another agency only the case number, district and the
 * agency to contact are filled: {@code details} is null, so no template or API can show its personal data.
 */
public record DuplicateCandidate(String caseNumber, String districtCode, String owningAgencyCode, String owningAgencyName,
                                 String owningAgencyNameUr, String owningAgencyPhone, boolean cnicMatch, int nameScore,
                                 boolean linked, VictimCase details) {

    /** The agency to contact as a reader of the language calls it: its Urdu name in Urdu, where it has one. */
    public String owningAgencyName(Locale locale) {
        return SupportedLocales.name(locale, owningAgencyName, owningAgencyNameUr);
    }

    public boolean sameAgency() {
        return details != null;
    }
}
