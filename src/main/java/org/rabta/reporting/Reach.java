package org.rabta.reporting;

import java.util.Set;

/**
 * Whose cases a user's statistics count: the cases owned by one agency (its caseworkers and supervisors), the cases
 * identified inside a jurisdiction (committee members: whole provinces and single districts), or the whole country
 * (analysts). Never individual victims: every figure built on a reach is a count.
 *
 * @param description the agency's name, in the language of the request, and code (a jurisdiction and the country are
 *                    named in the reader's language by {@link StatisticsScopes})
 */
public record Reach(Kind kind, Long agencyId, Set<String> provinceCodes, Set<String> districtCodes, String description) {

    public enum Kind {
        COUNTRY,
        AGENCY,
        JURISDICTION
    }

    public Reach {
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
        districtCodes = districtCodes == null ? Set.of() : Set.copyOf(districtCodes);
    }

    public static Reach country() {
        return new Reach(Kind.COUNTRY, null, Set.of(), Set.of(), null);
    }

    public static Reach agency(long agencyId, String description) {
        return new Reach(Kind.AGENCY, agencyId, Set.of(), Set.of(), description);
    }

    /**
     * Whole provinces and single districts (a district of a province given whole adds nothing); none of either is
     * an empty jurisdiction, where nothing is counted.
     */
    public static Reach jurisdiction(Set<String> provinceCodes, Set<String> districtCodes) {
        return new Reach(Kind.JURISDICTION, null, provinceCodes, districtCodes, null);
    }
}
