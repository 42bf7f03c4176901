package org.rabta.committees;

import java.time.LocalDate;
import java.util.Set;

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
        Set<Sector> sectors,
        LocalDate from,
        LocalDate to,
        long version) {

    public boolean external() {
        return username == null;
    }
}
