package org.rabta.reporting;

import java.util.Set;

/**
 * Whose cases a user's statistics count: the cases owned by one agency (its caseworkers and supervisors), the cases
 * identified inside a jurisdiction (committee members), or the whole country (analysts). Never individual victims:
 * every figure built on a reach is a count.
 */
public record Reach(Kind kind, Long agencyId, String provinceCode, Set<String> districtCodes, String description) {

    public enum Kind {
        COUNTRY,
        AGENCY,
        JURISDICTION
    }

    public Reach {
        districtCodes = districtCodes == null ? Set.of() : Set.copyOf(districtCodes);
    }

    public static Reach country() {
        return new Reach(Kind.COUNTRY, null, null, Set.of(), "Pakistan");
    }

    public static Reach agency(long agencyId, String description) {
        return new Reach(Kind.AGENCY, agencyId, null, Set.of(), description);
    }

    /** A province (no districts given) or some districts of it. */
    public static Reach jurisdiction(String provinceCode, Set<String> districtCodes, String description) {
        return new Reach(Kind.JURISDICTION, null, provinceCode, districtCodes, description);
    }
}
