package org.rabta.cases;

/**
 * A case that may be the same person. For a case of another agency only the case number, district and the
 * agency to contact are filled: {@code details} is null, so no template or API can show its personal data.
 */
public record DuplicateCandidate(String caseNumber, String districtCode, String owningAgencyCode, String owningAgencyName,
                                 String owningAgencyPhone, boolean cnicMatch, int nameScore, boolean linked,
                                 VictimCase details) {

    public boolean sameAgency() {
        return details != null;
    }
}
