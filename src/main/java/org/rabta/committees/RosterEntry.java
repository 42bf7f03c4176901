package org.rabta.committees;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.rabta.web.SupportedLocales;

/** One term on a roster as screens, exports and the API show it: the person named, the agency by code and name. */
public record RosterEntry(
        long membershipId,
        MembershipRole role,
        String name,
        String username,
        String designation,
        String phone,
        String email,
        String agencyCode,
        String agencyName,
        String agencyNameUr,
        Set<Sector> sectors,
        LocalDate from,
        LocalDate to,
        long version) {

    /** The agency as a reader of the language calls it: its Urdu name in Urdu, where it has one. */
    public String agencyName(Locale locale) {
        return SupportedLocales.name(locale, agencyName, agencyNameUr);
    }

    public boolean external() {
        return username == null;
    }
}
